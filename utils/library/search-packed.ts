/**
 * A compact stored form of the MiniSearch index whose posting lists stay packed until a search
 * first touches them. MiniSearch's own JSON spells every posting as `"1234":3,` and loadJSON
 * turns all of them into Maps before the first answer (1.1 million postings for the 5,000-article
 * benchmark library: ~1 s in a busy service worker). Here each posting list is one string of
 * delta-coded document numbers and term counts (~2 characters a posting) that becomes a Map only
 * when a query reads it, so loading costs little more than JSON.parse and the term tree.
 *
 * It relies on one MiniSearch internal, the `_index` term tree (SearchableMap of term → fieldId →
 * Map<docNumber, count>), with the package pinned in package.json; search-packed.test.ts checks
 * that a loaded index answers exactly like the one it was made from.
 */
import MiniSearch, { type Options } from 'minisearch';

type Postings = Map<number, number>;
interface TermTree extends Iterable<[string, Map<number, Postings>]> {
  set(term: string, data: Map<number, Postings>): unknown;
}
interface Internals { _index: TermTree }

// 64 characters that JSON never escapes: 32 end a number, 32 carry 5 more bits of it.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

function writeNumber(out: string[], n: number): void {
  while (n >= 32) {
    out.push(DIGITS[32 + (n & 31)]);
    n = Math.floor(n / 32);
  }
  out.push(DIGITS[n]);
}

/** Ascending document numbers, each as (gap from the previous, count − 1). */
export function packPostings(postings: Postings): string {
  const docs = [...postings.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let previous = 0;
  for (const doc of docs) {
    writeNumber(out, doc - previous);
    writeNumber(out, postings.get(doc)! - 1);
    previous = doc;
  }
  return out.join('');
}

function unpackInto(map: Postings, packed: string): void {
  let doc = 0;
  let value = 0;
  let scale = 1;
  let isCount = false;
  for (let i = 0; i < packed.length; i++) {
    const digit = VALUE[packed.charCodeAt(i)];
    if (digit < 0) throw new Error('search index: bad posting list');
    if (digit >= 32) {
      value += (digit - 32) * scale;
      scale *= 32;
      continue;
    }
    value += digit * scale;
    if (isCount) Map.prototype.set.call(map, doc, value + 1);
    else doc += value;
    isCount = !isCount;
    value = 0;
    scale = 1;
  }
}

/** A posting list that decodes itself on first use; MiniSearch sees an ordinary Map. */
export class PackedPostings extends Map<number, number> {
  private packed: string | null;

  constructor(packed: string) {
    super();
    this.packed = packed;
  }

  private open(): void {
    if (this.packed === null) return;
    const packed = this.packed;
    this.packed = null;
    unpackInto(this, packed);
  }

  /** The stored form, without decoding when nothing has touched it. */
  pack(): string {
    return this.packed ?? packPostings(this);
  }

  get size(): number { this.open(); return super.size; }
  get(key: number) { this.open(); return super.get(key); }
  has(key: number) { this.open(); return super.has(key); }
  set(key: number, value: number) { this.open(); return super.set(key, value); }
  delete(key: number) { this.open(); return super.delete(key); }
  clear() { this.packed = null; super.clear(); }
  forEach(fn: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown) { this.open(); super.forEach(fn, thisArg); }
  keys() { this.open(); return super.keys(); }
  values() { this.open(); return super.values(); }
  entries() { this.open(); return super.entries(); }
  [Symbol.iterator]() { this.open(); return super[Symbol.iterator](); }
}

interface Packed { meta: ReturnType<MiniSearch['toJSON']>; terms: (string | number)[][] }

/** JSON of the index: MiniSearch's own fields, and per term [term, fieldId, postings, fieldId, postings…]. */
export function packIndex(index: MiniSearch): string {
  const internals = index as unknown as Internals;
  const tree = internals._index;
  // toJSON() without the term tree (its own form of the postings is what this replaces)
  internals._index = new (tree.constructor as new () => TermTree)();
  let meta: Packed['meta'];
  try {
    meta = index.toJSON();
  } finally {
    internals._index = tree;
  }
  const terms: Packed['terms'] = [];
  for (const [term, fields] of tree) {
    const row: (string | number)[] = [term];
    for (const [fieldId, postings] of fields) {
      row.push(fieldId, postings instanceof PackedPostings ? postings.pack() : packPostings(postings));
    }
    terms.push(row);
  }
  return JSON.stringify({ meta, terms } satisfies Packed);
}

export function unpackIndex<T>(json: string, options: Options<T>): MiniSearch<T> {
  const { meta, terms } = JSON.parse(json) as Packed;
  if (!meta || !Array.isArray(terms)) throw new Error('search index: not a packed index');
  const index = MiniSearch.loadJS<T>({ ...meta, index: [] }, options);
  const tree = (index as unknown as Internals)._index;
  for (const row of terms) {
    const fields = new Map<number, Postings>();
    for (let i = 1; i < row.length; i += 2) fields.set(row[i] as number, new PackedPostings(row[i + 1] as string));
    tree.set(row[0] as string, fields);
  }
  return index;
}
