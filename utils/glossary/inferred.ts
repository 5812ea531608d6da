/**
 * Long forms written elsewhere in the article without parentheses: "Ban Thường vụ Thành ủy … BTV Thành ủy",
 * "Thành phố Thanh Hóa … TP Thanh Hóa", "The Federal Reserve … Fed officials".
 * Every abbreviation is searched, all together, in one pass over the words: the initials of what is
 * sought (a dictionary meaning word by word, or the abbreviation's letters) form a prefix table, and a
 * word starting a possible run costs one table look-up; a run is checked word by word only when its
 * initials are complete. No string is built while walking the words.
 */
import type { Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { collapseSpace, isUpperCode, FOLD_TABLE } from './normalize.ts';
import type { WordView } from './words.ts';
import { CONNECTORS } from './inline.ts';
import { chooseRun, isCapitalised } from './inferred-choose.ts';
import type { Run } from './inferred-choose.ts';

export interface InferQuery {
  key: string;
  units: string[];
  /** word index of the first use */
  firstWord: number;
  /** folded meanings the dictionary gives this key in the text's language; empty if none */
  forms: string[];
  /** every use stands right before a capitalised word, as a title in a name (TP Thanh Hóa, Trường ĐH Cần Thơ) */
  nameOnly: boolean;
}

/** What a complete sequence of initials may be: one dictionary meaning (its folded words), or a key's letters. */
interface Pattern { q: InferQuery; words: string[] | null }

/** connectors ("và", "of", "and" …) as numbers in base 27 (2–4 letters), flagged in a table: no string built */
const CONNECTOR_FLAGS = new Uint8Array(27 ** 4);
for (const w of CONNECTORS) {
  let code = 0;
  for (const ch of w) code = code * 27 + (ch.charCodeAt(0) - 96);
  if (w.length >= 2 && w.length <= 4) CONNECTOR_FLAGS[code] = 1;
}
const BREAK = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE | SEP.COMMA;
/** bits of the per-word table of the search */
const LETTER = 31, NO_LETTER = 31, WORD_IN_CANDIDATE = 32, WORD_AFTER_BREAK = 64;
const MAX_LETTERS = 10;
const MAX_RUNS = 64;
/** search steps from one starting word: connectors make the search branch, hostile text gets no more */
const MAX_STEPS = 16;

export function inferLongForms(t: Tokens, v: WordView, queries: InferQuery[], inCandidate: Uint8Array, lang: 'vi' | 'en'): Map<string, string> {
  const result = new Map<string, string>();
  // a trie of initials (a–z) in a flat table: node * 26 + letter → child node (0 = none)
  let trie = new Int32Array(26 * 64);
  let nodes = 1;
  const ends = new Map<number, Pattern[]>();
  let connectorFirst = false;
  const add = (initials: number[], p: Pattern) => {
    if (initials.length === 0 || initials.length > MAX_LETTERS) return;
    for (const d of initials) if (d < 0 || d > 25) return;
    let node = 0;
    for (const d of initials) {
      let next = trie[node * 26 + d];
      if (next === 0) {
        if ((nodes + 1) * 26 > trie.length) { const bigger = new Int32Array(trie.length * 2); bigger.set(trie); trie = bigger; }
        next = nodes++;
        trie[node * 26 + d] = next;
      }
      node = next;
    }
    const list = ends.get(node);
    if (list) list.push(p); else ends.set(node, [p]);
    if (!p.words) unitPaths.push(initials);
  };
  const unitPaths: number[][] = [];
  for (const q of queries) {
    if (q.forms.length > 0) {
      // a dictionary meaning, word for word (connectors included)
      for (const f of q.forms) {
        const words = f.split(' ');
        if (CONNECTORS.has(words[0])) connectorFirst = true;
        add(words.map((w) => w.charCodeAt(0) - 97), { q, words });
      }
    } else if (q.units.length >= 2) {
      add(q.units.map((u) => u.charCodeAt(0) - 97), { q, words: null });
    }
  }
  if (ends.size === 0) return result;
  const isEnd = new Uint8Array(nodes);
  for (const node of ends.keys()) isEnd[node] = 1;
  // nodes on the way to a key's letters: only there may a connector be skipped (or refused as a start)
  const onUnitPath = new Uint8Array(nodes);
  for (const initials of unitPaths) {
    let node = 0;
    for (const d of initials) { node = trie[node * 26 + d]; onUnitPath[node] = 1; }
  }

  const runs = new Map<InferQuery, Run[]>();
  const text = t.text;
  const F = FOLD_TABLE;
  const start = t.start;
  const end = t.end;
  // per word, looked up once (the search below visits each word several times): its folded first letter
  // (0–25, NO_LETTER for any other), WORD_IN_CANDIDATE, WORD_AFTER_BREAK
  const info = new Uint8Array(t.n);
  for (let j = 0; j < t.n; j++) {
    const c = text.charCodeAt(start[j]);
    const f = c < 0x2000 ? F[c] - 97 : -1;
    info[j] = (f >= 0 && f <= 25 ? f : NO_LETTER) | (inCandidate[j] ? WORD_IN_CANDIDATE : 0) | ((t.sep[j] & BREAK) !== 0 ? WORD_AFTER_BREAK : 0);
  }
  // is word j a connector: 0 not asked yet, 1 no, 2 yes (the search asks again for the words it revisits)
  const connectorMemo = new Uint8Array(t.n);
  const connector = (j: number): boolean => {
    const known = connectorMemo[j];
    if (known !== 0) return known === 2;
    const a = start[j];
    const b = end[j];
    let yes = false;
    if (b - a <= 4 && b - a >= 2) {
      let code = 0;
      for (let k = a; k < b && code >= 0; k++) {
        const c = text.charCodeAt(k);
        const f = c < 0x2000 ? F[c] - 96 : 0;
        code = f < 1 || f > 26 ? -1 : code * 27 + f;
      }
      yes = code >= 0 && CONNECTOR_FLAGS[code] === 1;
    }
    connectorMemo[j] = yes ? 2 : 1;
    return yes;
  };
  /** the folded word j equals w (letters compared through the folding table, combining marks skipped) */
  const wordIs = (j: number, w: string): boolean => {
    let m = 0;
    for (let k = start[j]; k < end[j]; k++) {
      const c = text.charCodeAt(k);
      const f = c < 0x2000 ? F[c] : 0;
      if (f === 0) { if (c >= 0x300 && c <= 0x36f) continue; return false; }
      if (m >= w.length || w.charCodeAt(m) !== f) return false;
      m++;
    }
    return m === w.length;
  };
  const wordStarts = (j: number, u: string): boolean => {
    let m = 0;
    for (let k = start[j]; k < end[j] && m < u.length; k++) {
      const c = text.charCodeAt(k);
      const f = c < 0x2000 ? F[c] : 0;
      if (f === 0) { if (c >= 0x300 && c <= 0x36f) continue; return false; }
      if (u.charCodeAt(m) !== f) return false;
      m++;
    }
    return m === u.length;
  };
  const push = (q: InferQuery, run: Run) => {
    const list = runs.get(q);
    if (!list) runs.set(q, [run]);
    else if (list.length < MAX_RUNS) list.push(run); // enough evidence: a hostile page repeating a name gets no more work
  };
  const record = (i: number, j: number, node: number) => {
    for (const p of ends.get(node)!) {
      if ((runs.get(p.q)?.length ?? 0) >= MAX_RUNS) continue; // push would drop it: no checks for it either
      if (p.words) {
        const ws = p.words;
        if (j - i + 1 !== ws.length) continue;
        let ok = true;
        for (let k = 0; k < ws.length && ok; k++) ok = wordIs(i + k, ws[k]);
        if (ok) push(p.q, { i, j, confirmed: true, capitalised: isUpperCode(text.charCodeAt(start[i])) });
      } else {
        const units = p.q.units;
        if (connector(i)) continue;
        let k = 0;
        let ok = true;
        for (let w = i; w <= j && ok; w++) {
          if (connector(w)) continue;
          // a one-letter unit is the word's first letter, already in the table (unless it is no a–z letter)
          const u = k < units.length ? units[k] : '';
          ok = u.length === 1 && (info[w] & LETTER) !== NO_LETTER ? (info[w] & LETTER) === u.charCodeAt(0) - 97
            : k < units.length && wordStarts(w, u);
          k++;
        }
        if (ok && k === units.length) push(p.q, { i, j, confirmed: false, capitalised: isCapitalised(t, v, i, j, lang) });
      }
    }
  };
  // depth-first over the words after a start, bounded by MAX_LETTERS words and MAX_STEPS steps
  const stackJ = new Int32Array(MAX_STEPS + 2);
  const stackNode = new Int32Array(MAX_STEPS + 2);
  for (let i = 0; i < t.n; i++) {
    const f0 = info[i] & LETTER;
    if (f0 === NO_LETTER || (info[i] & WORD_IN_CANDIDATE) !== 0 || trie[f0] === 0) continue;
    // a key's letters never start with a connector; a dictionary meaning rarely does
    if (!connectorFirst && onUnitPath[trie[f0]] === 1 && connector(i)) continue;
    stackJ[0] = i + 1; stackNode[0] = trie[f0];
    let sp = 1;
    let steps = 0;
    while (sp > 0 && steps < MAX_STEPS) {
      sp--;
      const j = stackJ[sp];
      const node = stackNode[sp];
      steps++;
      if (isEnd[node] === 1) record(i, j - 1, node);
      if (j >= t.n || j - i >= MAX_LETTERS || (info[j] & (WORD_IN_CANDIDATE | WORD_AFTER_BREAK)) !== 0) continue;
      // connectors may be skipped by a key's letters (Khoa học và Công nghệ → KHCN)
      if (onUnitPath[node] === 1 && connector(j)) { stackJ[sp] = j + 1; stackNode[sp] = node; sp++; }
      const f = info[j] & LETTER;
      const next = f !== NO_LETTER ? trie[node * 26 + f] : 0;
      if (next !== 0) { stackJ[sp] = j + 1; stackNode[sp] = next; sp++; }
    }
  }
  for (const q of queries) {
    const list = runs.get(q);
    if (!list) continue;
    const pick = chooseRun(list, q, v);
    if (pick) result.set(q.key, collapseSpace(text.slice(start[pick.i], end[pick.j])));
  }
  return result;
}
