/**
 * Forms written in two pieces: "TP HCM", "TP. HCM", "PGS TS". Two candidates in adjacent words, a space (or a dot
 * and a space) between them, are read as one form when the dictionary writes that form joined at the same point
 * (TP.HCM, PGS.TS, KT-XH). Each pair of written forms is decided once.
 */
import type { Tokens } from './tokenize.ts';
import type { Dictionary } from './dictionary.ts';
import { splitParts } from './compose.ts';

const pairsOf = new WeakMap<Dictionary, { first: Set<string>; pairs: Set<string> }>();

/** "TP|HCM" for every dictionary form of two parts of at least two letters each, joined by . - & or a space. */
function pairTable(dict: Dictionary): { first: Set<string>; pairs: Set<string> } {
  let table = pairsOf.get(dict);
  if (table) return table;
  table = { first: new Set(), pairs: new Set() };
  for (const senses of dict.byKey.values()) {
    for (const s of senses) {
      if (s.lang !== 'vi') continue;
      const parts = splitParts(s.written);
      if (parts.length !== 2 || parts[0].key.length < 2 || parts[1].key.length < 2) continue;
      table.first.add(parts[0].key);
      table.pairs.add(parts[0].key + '|' + parts[1].key);
    }
  }
  pairsOf.set(dict, table);
  return table;
}

export function joinSpacedForms(t: Tokens, dict: Dictionary): void {
  const { first, pairs } = pairTable(dict);
  const cs = t.cands;
  // per written form: 0 not known yet, 1 may open a pair, 2 may not
  const opens = new Uint8Array(cs.surfaces.length + 1);
  const decided = new Map<number, boolean>();
  cs.joinPairs(t.text, (a, b) => {
    if (opens[a] === 0) opens[a] = first.has(cs.keys[a]) ? 1 : 2;
    if (opens[a] !== 1) return false;
    const id = a * 4294967296 + b;
    let ok = decided.get(id);
    if (ok === undefined) {
      ok = pairs.has(cs.keys[a] + '|' + cs.keys[b]);
      decided.set(id, ok);
    }
    return ok;
  });
}
