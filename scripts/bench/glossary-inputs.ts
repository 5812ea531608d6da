/**
 * Inputs of the glossary benchmark, built at any size (UTF-8 bytes): real article text cycled,
 * and adversarial texts aimed at the tokenizer's and the definition finder's worst cases.
 */
export const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

/** Repeats `unit` until the string has at least `size` UTF-8 bytes. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / byteLength(unit)));
}

/** Real texts joined with blank lines, cycled up to `size` bytes. */
export function realText(texts: string[], size: number): string {
  if (!texts.length) return '';
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    n += byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** One token of capital letters joined by `sep`: A-B-C-…-Z-A-… */
export function joined(sep: string, size: number): string {
  const letters: string[] = [];
  for (let n = 0; n < size; n += 2) letters.push(ALPHABET[(n / 2) % 26]);
  return letters.join(sep);
}

export interface Adversarial { name: string; lang: 'vi' | 'en'; make: (size: number) => string }

export const ADVERSARIAL: Adversarial[] = [
  { name: '"A(" repeated', lang: 'vi', make: (n) => fill('A(', n) },
  { name: '"ABCDEFGHIJ " repeated (caps runs)', lang: 'en', make: (n) => fill('ABCDEFGHIJ ', n) },
  { name: 'one caps run, no spaces', lang: 'en', make: (n) => fill('ABCDEFGHIJ', n) },
  { name: '"((((…" deep parentheses', lang: 'vi', make: (n) => fill('(', n) },
  { name: '"((((((((((A)))))))))) " repeated', lang: 'vi', make: (n) => fill('((((((((((A)))))))))) ', n) },
  { name: '"A-B-C-D-…" one hyphen-joined token', lang: 'vi', make: (n) => joined('-', n) },
  { name: '"A&B&C&…" one ampersand-joined token', lang: 'en', make: (n) => joined('&', n) },
  { name: '"UBND " repeated', lang: 'vi', make: (n) => fill('UBND ', n) },
  { name: '"Ủy ban nhân dân (UBND) " repeated', lang: 'vi', make: (n) => fill('Ủy ban nhân dân (UBND) ', n) },
  { name: '"KT-XH, GD&ĐT, HĐND; " repeated', lang: 'vi', make: (n) => fill('KT-XH, GD&ĐT, HĐND; ', n) },
];
