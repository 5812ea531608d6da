/**
 * MiniSearch's own ranking, computed without its per-document bookkeeping. `MiniSearch.search`
 * keeps for every matching document an object with the query terms met and a `match` record of
 * every derived term (each prefix and fuzzy expansion) and the fields it was met in; a library
 * search matches thousands of documents through hundreds of expansions ("te" → tế, technology…),
 * so most of a warm search went to building and collecting those objects. The library only
 * needs ids in rank order: here the scores live in typed arrays indexed by MiniSearch's short
 * document numbers, and the answer is the same list in the same order (search-score.test.ts
 * compares both on random libraries).
 *
 * Same arithmetic, in the same order, as MiniSearch 7.2 (pinned in package.json): BM25 per field,
 * weights 1 (exact), 0.375·len/(len + 0.3·extra) (prefix), 0.45·len/(len + distance) (fuzzy),
 * AND/OR combination of the query terms, then score × distinct query terms met, stable sort.
 * It reads MiniSearch internals, like search-packed.ts.
 */
import type MiniSearch from 'minisearch';

type Postings = Map<number, number>;
type TermData = Map<number, Postings>;
interface TermTree {
  get(term: string): TermData | undefined;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
}
interface Internals {
  _index: TermTree;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _documentCount: number;
  _nextId: number;
  _options: {
    fields: string[];
    tokenize: (text: string, field?: string) => string[];
    processTerm: (term: string, field?: string) => string | string[] | null | undefined | false;
    searchOptions: { boost?: Record<string, number>; prefix?: boolean; fuzzy?: (term: string, i: number, terms: string[]) => number | boolean; maxFuzzy?: number };
  };
  removeTerm(fieldId: number, docId: number, term: string): void;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** One query term's matches: score per document, documents in the order first met, which query terms. */
interface TermHits { score: Float64Array; order: number[]; terms: Uint32Array }

function bm25(termFreq: number, matching: number, total: number, fieldLength: number, avgFieldLength: number): number {
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (BM25.d + termFreq * (BM25.k + 1) / (termFreq + BM25.k * (1 - BM25.b + BM25.b * fieldLength / avgFieldLength)));
}

/** MiniSearch's termResults: adds one derived term's postings (every field) to `hits`. */
function addTerm(ix: Internals, hits: TermHits, bit: number, derived: string, weight: number, data: TermData | undefined,
  boosts: [number, number][]): void {
  if (!data) return;
  for (const [fieldId, boost] of boosts) {
    const postings = data.get(fieldId);
    if (!postings) continue;
    let matching = postings.size;
    const avg = ix._avgFieldLength[fieldId];
    for (const [docId, termFreq] of postings) {
      if (!ix._documentIds.has(docId)) { // a discarded document: MiniSearch drops it here, and so must we
        ix.removeTerm(fieldId, docId, derived);
        matching -= 1;
        continue;
      }
      const scored = weight * 1 * boost * 1 * bm25(termFreq, matching, ix._documentCount, ix._fieldLength.get(docId)![fieldId], avg);
      if (hits.terms[docId] === 0) {
        hits.order.push(docId);
        hits.score[docId] = scored;
      } else hits.score[docId] += scored;
      hits.terms[docId] |= bit;
    }
  }
}

/** MiniSearch's executeQuerySpec for one query term (exact, prefix and fuzzy expansions). */
function termHits(ix: Internals, term: string, index: number, terms: string[], bit: number, boosts: [number, number][]): TermHits {
  const size = ix._nextId;
  const hits: TermHits = { score: new Float64Array(size), order: [], terms: new Uint32Array(size) };
  const options = ix._options.searchOptions;
  addTerm(ix, hits, bit, term, 1, ix._index.get(term), boosts);
  const fuzzy = options.fuzzy ? options.fuzzy(term, index, terms) : false;
  const maxDistance = !fuzzy ? 0 : fuzzy === true ? Math.min(options.maxFuzzy ?? 6, Math.round(term.length * 0.2))
    : fuzzy < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(term.length * fuzzy)) : fuzzy;
  const fuzzyMatches = maxDistance ? ix._index.fuzzyGet(term, maxDistance) : undefined;
  if (options.prefix) {
    for (const [derived, data] of ix._index.atPrefix(term)) {
      const extra = derived.length - term.length;
      if (!extra) continue;
      fuzzyMatches?.delete(derived);
      addTerm(ix, hits, bit, derived, PREFIX_WEIGHT * derived.length / (derived.length + 0.3 * extra), data, boosts);
    }
  }
  if (fuzzyMatches) {
    for (const [derived, [data, distance]] of fuzzyMatches) {
      if (!distance) continue;
      addTerm(ix, hits, bit, derived, FUZZY_WEIGHT * derived.length / (derived.length + distance), data, boosts);
    }
  }
  return hits;
}

/** MiniSearch's AND: documents of both, in b's order. */
function both(a: TermHits, b: TermHits): TermHits {
  const order: number[] = [];
  for (const doc of b.order) {
    if (a.terms[doc] === 0) continue;
    order.push(doc);
    a.score[doc] = a.score[doc] + b.score[doc];
    a.terms[doc] |= b.terms[doc];
  }
  for (const doc of a.order) if (!b.terms[doc]) a.terms[doc] = 0; // dropped
  return { score: a.score, order, terms: a.terms };
}

/** MiniSearch's OR: a's documents, then b's new ones. */
function either(a: TermHits, b: TermHits): TermHits {
  for (const doc of b.order) {
    if (a.terms[doc] === 0) {
      a.order.push(doc);
      a.score[doc] = b.score[doc];
    } else a.score[doc] = a.score[doc] + b.score[doc];
    a.terms[doc] |= b.terms[doc];
  }
  return a;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

/**
 * Ids by relevance, as `index.search(query, { combineWith }).map((h) => h.id)` would list them;
 * null when the query is beyond what this handles (more than 32 distinct terms): ask MiniSearch.
 */
export function rankedIds(index: MiniSearch, query: string, combineWith: 'AND' | 'OR'): string[] | null {
  const ix = index as unknown as Internals;
  const { tokenize, processTerm, fields } = ix._options;
  const terms = tokenize(query).flatMap((t) => processTerm(t) as string | string[]).filter((t): t is string => !!t);
  const distinct = [...new Set(terms)];
  if (distinct.length > 32) return null;
  const boost = ix._options.searchOptions.boost ?? {};
  const boosts: [number, number][] = fields.map((f) => [ix._fieldIds[f], Object.hasOwn(boost, f) && boost[f] ? boost[f] : 1]);
  const perTerm = terms.map((term, i) => termHits(ix, term, i, terms, 1 << distinct.indexOf(term), boosts));
  if (!perTerm.length) return [];
  const hits = perTerm.reduce(combineWith === 'AND' ? both : either);
  const final = hits.order.map((doc) => hits.score[doc] * (bitCount(hits.terms[doc]) || 1));
  const ranks = hits.order.map((_, i) => i).sort((a, b) => final[b] - final[a]);
  return ranks.map((i) => ix._documentIds.get(hits.order[i]) as string);
}
