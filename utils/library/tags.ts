/**
 * Tags: short labels the reader gives articles. Kept as typed (case and diacritics), compared
 * folded (so "Kinh tế" and "kinh te" are one tag), trimmed with inner whitespace collapsed.
 */
import { normalizeForSearch } from './fold';

export const MAX_TAG_LENGTH = 64;

/** The tag as stored, or null for nothing usable. */
export function cleanTag(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const tag = value.replace(/[\s,]+/gu, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
  return tag || null;
}

/** The key two tags are the same under. */
export const tagKey = (tag: string): string => normalizeForSearch(tag);

/** Cleaned, without duplicates (the first spelling wins), in the given order. */
export function cleanTags(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const tag = cleanTag(v);
    if (!tag || seen.has(tagKey(tag))) continue;
    seen.add(tagKey(tag));
    out.push(tag);
  }
  return out;
}

/** `tags` plus `add` minus `remove` (compared folded). */
export function changeTags(tags: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): string[] {
  const gone = new Set(remove.map((t) => tagKey(t)));
  return cleanTags([...tags, ...add]).filter((t) => !gone.has(tagKey(t)));
}

/** `from` renamed to `to` (merging into `to` when the article has both). */
export function renameTag(tags: readonly string[], from: string, to: string): string[] {
  const key = tagKey(from);
  return cleanTags(tags.map((t) => (tagKey(t) === key ? to : t)));
}
