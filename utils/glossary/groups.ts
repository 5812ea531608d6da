/**
 * Stage 1–2, find and filter: the candidates the filters keep (filters.ts), grouped by key, each written form
 * found once (not once per use). A group remembers its first uses, its written variants and whether it is met
 * only in bylines or only as dotted initials.
 */
import type { Candidate, Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { VERDICT } from './filters.ts';
import { FLAG } from './candidates.ts';
import { loadDictionary } from './dictionary.ts';
import { isUpperCode } from './normalize.ts';
import type { GlossaryEntry } from './types.ts';

export interface Group {
  key: string;
  abbr: string;
  /** the first uses (at most MAX_KEPT_USES) */
  occ: Candidate[];
  count: number;
  variants: string[];
  bylineOnly: boolean;
  /** every use is dotted initials (N.V.T.) */
  allDotted: boolean;
  /** every use is a lone word in capitals no dictionary knows (VERDICT.WORD): only the article may explain it */
  wordOnly: boolean;
  entry?: { expansion: string | null; source: GlossaryEntry['source']; domain?: string };
}

const MAX_KEPT_USES = 32;
export const MAX_CONTEXTS = 12;

/** Groups by key; `inCandidate` marks the words any kept candidate covers. */
export function findGroups(t: Tokens, verdicts: Uint8Array): { groups: Map<string, Group>; inCandidate: Uint8Array } {
  const groups = new Map<string, Group>();
  const inCandidate = new Uint8Array(t.n);
  const cs = t.cands;
  const groupOf: (Group | undefined)[] = new Array(cs.surfaces.length);
  for (let k = 0; k < cs.n; k++) {
    if (verdicts[k] === VERDICT.DROP) continue;
    const id = cs.surf[k];
    let g = groupOf[id];
    if (g === undefined) {
      const key = cs.keys[id];
      if (key.length === 0) continue;
      g = groups.get(key);
      if (!g) {
        g = { key, abbr: cs.surfaces[id], occ: [], count: 0, variants: [], bylineOnly: true, allDotted: true, wordOnly: true };
        groups.set(key, g);
      }
      g.variants.push(cs.surfaces[id]);
      groupOf[id] = g;
    }
    // a word in capitals does not keep other forms' long forms from running through it
    if (verdicts[k] !== VERDICT.WORD) {
      g.wordOnly = false;
      for (let w = cs.w0[k]; w <= cs.w1[k]; w++) inCandidate[w] = 1;
    }
    if (g.occ.length < MAX_KEPT_USES) g.occ.push(cs.at(k));
    g.count++;
    if ((cs.flags[k] & FLAG.DOTTED) === 0) g.allDotted = false;
    if (verdicts[k] !== VERDICT.BYLINE) g.bylineOnly = false;
  }
  return { groups, inCandidate };
}

/** Every use (of the first few) stands right before a capitalised word: TP Thanh Hóa, Trường ĐH Cần Thơ, HLV Khải. */
export function nameOnly(t: Tokens, occ: Candidate[], inCandidate: Uint8Array): boolean {
  const NAME_BREAK = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE | SEP.COMMA | SEP.DASH;
  for (let k = 0; k < occ.length && k < MAX_CONTEXTS; k++) {
    const w = occ[k].w1 + 1;
    if (w >= t.n || (t.sep[w] & NAME_BREAK) !== 0 || inCandidate[w] || !isUpperCode(t.text.charCodeAt(t.start[w]))) return false;
  }
  return true;
}

/** Dotted initials (N.V.T., P.M.) are looked up only in the form the dictionary writes (U.S., D.C.). */
export function isInitials(g: Group): boolean {
  if (!g.allDotted) return false;
  const written = new Set(g.variants);
  return !(loadDictionary().byKey.get(g.key) ?? []).some((s) => written.has(s.written));
}
