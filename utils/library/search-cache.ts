/**
 * The background's full-text index, persisted so the first search after a service-worker start
 * loads it (~1 s at 5,000 articles) instead of re-reading and re-indexing 50 MB of text (~30 s).
 *
 * Stored in `library-search` as { version, stamps, index }: MiniSearch's JSON as one string (a
 * string crosses the storage API far faster than the same data as an object tree) and, per
 * article id, the `updatedAt` it was indexed at. It is a cache, never the source of truth: on
 * load it is reconciled with the library index — articles gone are dropped, articles new or with
 * another `updatedAt` are read and (re)indexed — so a save the cache missed (service worker
 * stopped before it was written, another version of Gloss, a restored backup) costs a few reads,
 * not a rebuild. A different schema or search format, or an unreadable value, means a rebuild.
 * Writes are debounced: one save re-serialises the whole index, a burst of saves only once.
 */
import { storage } from 'wxt/utils/storage';
import { SEARCH_KEY } from './keys';
import { readArticleItems, readIndex } from './read';
import { SCHEMA_VERSION, type IndexEntry } from './schema';
import {
  SEARCH_FORMAT, addToSearchIndex, buildSearchIndex, loadSearchIndex, removeFromSearchIndex, search,
  serializeSearchIndex, toSearchDoc, type LibrarySearchIndex, type SearchDoc,
} from './search';

/** Changes with the article schema or what the index holds: either makes a stored index unusable. */
export const SEARCH_CACHE_VERSION = `${SCHEMA_VERSION}.${SEARCH_FORMAT}`;

interface PersistedSearch { version: string; stamps: Record<string, number>; index: string }
interface State { index: LibrarySearchIndex; stamps: Map<string, number> }
type Indexable = SearchDoc & { updatedAt: number };

export interface SearchCacheOptions {
  /** Debounce of the write after changes (ms). */
  persistDelayMs?: number;
  /** Records that could not be read while indexing (the caller keeps them aside: damaged.ts). */
  onDamaged?: (ids: string[]) => void;
}

const BATCH = 250;

function fromStorage(value: unknown): State | null {
  const v = value as Partial<PersistedSearch> | null;
  if (!v || v.version !== SEARCH_CACHE_VERSION || typeof v.index !== 'string' || typeof v.stamps !== 'object' || !v.stamps) return null;
  try {
    return { index: loadSearchIndex(v.index), stamps: new Map(Object.entries(v.stamps).filter(([, s]) => typeof s === 'number')) };
  } catch {
    return null; // unreadable: rebuilt
  }
}

export class SearchCache {
  private state: Promise<State> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delay: number;

  constructor(private readonly options: SearchCacheOptions = {}) {
    this.delay = options.persistDelayMs ?? 2000;
  }

  /** Ids by relevance (search.ts). Loads the index on first use. */
  async query(text: string): Promise<string[]> {
    return search((await this.load()).index, text);
  }

  /** Loads (or builds) and reconciles the index once; later calls share it. */
  load(): Promise<State> {
    this.state ??= this.open().catch((err: unknown) => {
      this.state = null; // a failed load (storage error) is retried by the next search
      throw err;
    });
    return this.state;
  }

  /** After a save or restore: the article's new text replaces the old one. */
  async upsert(article: Indexable): Promise<void> {
    if (!this.state) return; // not loaded: the next load reconciles by updatedAt
    const state = await this.state;
    addToSearchIndex(state.index, toSearchDoc(article));
    state.stamps.set(article.id, article.updatedAt);
    this.persistSoon();
  }

  async remove(id: string): Promise<void> {
    if (!this.state) return;
    const state = await this.state;
    removeFromSearchIndex(state.index, id);
    if (state.stamps.delete(id)) this.persistSoon();
  }

  /**
   * Read state or progress changed (`updatedAt` moved, the text did not): only the stamp follows,
   * without a write of its own — if the service worker stops first, the next load re-reads one article.
   */
  async touch(article: { id: string; updatedAt: number }): Promise<void> {
    if (!this.state) return;
    const state = await this.state;
    if (state.stamps.has(article.id)) state.stamps.set(article.id, article.updatedAt);
  }

  /** Many articles changed at once (import): reconcile with the library before the next answer. */
  refresh(): void {
    if (!this.state) return;
    this.state = this.state.then(async (state) => {
      if (await this.reconcile(state, await readIndex())) this.persistSoon();
      return state;
    });
  }

  private async open(): Promise<State> {
    const [stored, entries] = await Promise.all([storage.getItem<unknown>(SEARCH_KEY), readIndex()]);
    const loaded = fromStorage(stored);
    const state = loaded ?? { index: buildSearchIndex([]), stamps: new Map<string, number>() };
    if (await this.reconcile(state, entries)) this.persistSoon(loaded ? this.delay : 0);
    return state;
  }

  /** Brings `state` in line with the library index; returns how many articles changed. */
  private async reconcile(state: State, entries: IndexEntry[]): Promise<number> {
    const live = new Map(entries.map((e) => [e.id, e]));
    let changes = 0;
    for (const id of [...state.stamps.keys()]) {
      if (live.has(id)) continue;
      removeFromSearchIndex(state.index, id);
      state.stamps.delete(id);
      changes++;
    }
    // Entries written before index entries carried updatedAt cannot have changed since the cache
    // was made (every later write stores it), so a known id without a stamp to compare is current.
    const stale = entries.filter((e) => {
      const stamp = state.stamps.get(e.id);
      return stamp === undefined || (typeof e.updatedAt === 'number' && e.updatedAt !== stamp);
    });
    const damaged: string[] = [];
    for (let i = 0; i < stale.length; i += BATCH) {
      const batch = stale.slice(i, i + BATCH).map((e) => e.id);
      for (const [id, read] of await readArticleItems(batch)) {
        if (read.status === 'ok') {
          addToSearchIndex(state.index, toSearchDoc(read.article));
          state.stamps.set(id, read.article.updatedAt);
        } else {
          removeFromSearchIndex(state.index, id);
          state.stamps.delete(id);
          damaged.push(id);
        }
        changes++;
      }
    }
    if (damaged.length) this.options.onDamaged?.(damaged);
    return changes;
  }

  private persistSoon(delay = this.delay): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.persist(), delay);
  }

  /** Writes the index now (tests, and the debounced timer). A failed write only costs a slower next start. */
  async persist(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.state) return;
    const state = await this.state;
    const value: PersistedSearch = {
      version: SEARCH_CACHE_VERSION, stamps: Object.fromEntries(state.stamps), index: serializeSearchIndex(state.index),
    };
    try {
      await storage.setItem(SEARCH_KEY, value);
    } catch (err) {
      console.warn('Gloss could not store its search index (it will be rebuilt when needed)', err);
    }
  }
}
