/**
 * Shape cues of the hand dictionary (sense.ts): the use's shape, not the words around it, tells the sense —
 * a speaker's label ("PV: …") or a phone number after the use ("ĐT: 0908 …").
 */
import type { Sense } from './dictionary.ts';

/** The one sense whose shape cue ("^#label", "^#phone") holds at most uses, or null (contexts built only if needed). */
export function shapedSense(senses: Sense[], contextsOf: () => string[]): Sense | null {
  let found: Sense | null = null;
  let contexts: string[] | null = null;
  for (const s of senses) {
    for (const cue of s.cues) {
      if (cue[0] !== '^' || cue[1] !== '#') continue;
      contexts ??= contextsOf();
      let hits = 0;
      for (const ctx of contexts) if (nextHasShape(ctx, cue)) hits++;
      if (2 * hits > contexts.length) { if (found && found !== s) return null; found = s; }
    }
  }
  return found;
}

/** Marks a context whose use is a speaker's label (explain.ts): it opens a sentence or a line and a colon follows. */
export const LABEL_MARK = '#label ';

/**
 * Shape cues: "^#phone" — the word right after the use is a phone number ("ĐT: 0908 123 456", "ĐT 38225678"):
 * digits only, opening with 0 or at least 7 long. A road's number ("ĐT 741", đường tỉnh) is short and has no 0.
 * "^#label" — the use labels a speaker ("PV: Xin ông cho biết …", an interview's questions: phóng viên).
 */
export function nextHasShape(ctx: string, cue: string): boolean {
  if (cue === '^#label') return ctx.endsWith(' ' + LABEL_MARK);
  if (cue !== '^#phone') return false;
  const at = ctx.indexOf('| ');
  if (at < 0) return false;
  const end = ctx.indexOf(' ', at + 2);
  const w = ctx.slice(at + 2, end < 0 ? ctx.length : end);
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return w[0] === '0' || w.length >= 7;
}
