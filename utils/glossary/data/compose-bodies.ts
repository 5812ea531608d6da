/**
 * Numbered bodies: letters then a number, read as the body's name and its number (QH13 = Quốc hội khóa XIII,
 * QK7 = Quân khu 7). Only bodies whose letters mean nothing else before a number, and only numbers that exist
 * (the legislatures so far, the military regions 1–9). QĐ (Quân đoàn / quyết định) and F (sư đoàn) are left out:
 * their letters are read other ways before a number.
 */
export interface NumberedBody {
  /** name before the number */
  name: string;
  /** how the number is written in the expansion */
  numeral: 'roman' | 'arabic';
  min: number;
  max: number;
  domain: string;
}

export const NUMBERED_BODIES: Record<string, NumberedBody> = {
  QH: { name: 'Quốc hội khóa', numeral: 'roman', min: 1, max: 20, domain: 'gov' },
  QK: { name: 'Quân khu', numeral: 'arabic', min: 1, max: 9, domain: 'defence' },
};

/**
 * Numbered districts and wards written with a dot (Q.1 = Quận 1, P.15 = Phường 15), as addresses in Ho Chi Minh
 * City are: "Q.1, TP.HCM", "P.5, Q.Gò Vấp". Only with the dot — Q1 is also a quarter (quý 1) — and only numbers
 * that exist (the city's numbered districts 1–12; numbered wards up to 27).
 */
export const DOTTED_NUMBERED: Record<string, NumberedBody> = {
  Q: { name: 'Quận', numeral: 'arabic', min: 1, max: 12, domain: 'geo' },
  P: { name: 'Phường', numeral: 'arabic', min: 1, max: 27, domain: 'geo' },
};
