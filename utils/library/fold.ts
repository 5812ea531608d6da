/**
 * Diacritic- and case-insensitive folding for search: Vietnamese readers often type without
 * diacritics ("uy ban nhan dan" for "Ủy ban nhân dân"). NFD, combining marks stripped,
 * đ→d (it has no decomposition), lower case.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
