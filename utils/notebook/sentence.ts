/**
 * The sentence an abbreviation was met in (the back of its review card): from the first use found
 * as a whole word, out to the sentence ends around it, trimmed to a readable length.
 */
const MAX_LENGTH = 240;
const END = /[.!?…]["”’»)]*\s|\n/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function firstUse(text: string, abbr: string, hint?: number): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbr)}(?![\\p{L}\\p{N}])`, 'u');
  if (hint !== undefined && hint >= 0 && text.startsWith(abbr, hint)) return hint;
  return text.search(pattern);
}

export function sentenceAround(text: string, abbr: string, hint?: number): string {
  const at = firstUse(text, abbr, hint);
  if (at < 0) return '';
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m && m.index + m[0].length <= at; m = END.exec(text)) start = m.index + m[0].length;
  END.lastIndex = at + abbr.length;
  const next = END.exec(text);
  const end = next ? next.index + next[0].trimEnd().length : text.length;
  let sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (sentence.length > MAX_LENGTH) {
    // Keep the abbreviation in view: a window around it, cut at spaces.
    const local = at - start;
    const from = Math.max(0, local - MAX_LENGTH / 2);
    const piece = sentence.slice(from, from + MAX_LENGTH);
    const cutStart = from > 0 ? piece.indexOf(' ') + 1 : 0;
    const cutEnd = from + MAX_LENGTH < sentence.length ? piece.lastIndexOf(' ') : piece.length;
    sentence = `${from > 0 ? '…' : ''}${piece.slice(cutStart, cutEnd)}${from + MAX_LENGTH < sentence.length ? '…' : ''}`;
  }
  return sentence;
}
