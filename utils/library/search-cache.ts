/**
 * The background's full-text index, stored so the first search after a service-worker start loads
 * it (a few hundred ms at 5,000 articles) instead of re-indexing 50 MB of text (30 s and more).
 * `library-search` = { version, rev, stamps, index }: the packed index (search-packed.ts), per id the
 * `updatedAt` indexed, and the library-rev (keys.ts) it matches. A cache, never the source of truth:
 *  - same rev as the library now → nothing changed since it was written: used as it is;
 *  - another rev → reconciled with the library index (articles gone dropped, new or changed ones
 *    read and re-indexed): a save the cache missed costs a few reads, not a rebuild;
 *  - another schema or search format, or unreadable → rebuilt from the articles.
 * Writes are debounced and run inside the writer queue after a last reconcile, so the stored rev
 * is always one the stored index fully reflects. docs/storage.md has the why.
 */
import { storage } from 'wxt/utils/storage';
import { REV_KEY, SEARCH_KEY, newRev } from './keys';
import { serialized } from './queue';
import { readArticleItems, readIndexAndRev } from './read';
import { SCHEMA_VERSION, type IndexEntry } from './schema';
import {
  SEARCH_FORMAT, addToSearchIndex, buildSearchIndex, loadSearchIndex, removeFromSearchIndex, search,
  serializeSearchIndex, toSearchDoc, type Annotated, type LibrarySearchIndex, type SearchDoc,
} from './search';

/** Changes with the article schema or what the index holds: either makes a stored index unusable. */
export const SEARCH_CACHE_VERSION = `${SCHEMA_VERSION}.${SEARCH_FORMAT}`;

interface PersistedSearch { version: string; rev: string; stamps: Record<string, number>; index: string }
/** `rev`: the library state `index` and `stamps` were last reconciled with (null: not known). */
interface State { index: LibrarySearchIndex; stamps: Map<string, number>; rev: string | null }
type Indexable = Omit<SearchDoc, 'annotations'> & Annotated & { updatedAt: number };

export interface SearchCacheOptions {
  /** Debounce of the write after a text change (ms); read-state and progress changes wait longer. */
  persistDelayMs?: number;
  /** Records that could not be read while indexing (the caller keeps them aside: damaged.ts). */
  onDamaged?: (ids: string[]) => void;
}

const BATCH = 250;

function fromStorage(value: unknown): State | null {
  const v = value as Partial<PersistedSearch> | null;
  if (!v || v.version !== SEARCH_CACHE_VERSION || typeof v.index !== 'string' || typeof v.stamps !== 'object' || !v.stamps) return null;
  try {
    const stamps = new Map(Object.entries(v.stamps).filter(([, s]) => typeof s === 'number'));
    return { index: loadSearchIndex(v.index), stamps, rev: typeof v.rev === 'string' ? v.rev : null };
  } catch {
    return null; // unreadable: rebuilt
  }
}

export class SearchCache {
  private state: Promise<State> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = Infinity;
  private readonly delay: number;

  constructor(private readonly options: SearchCacheOptions = {}) {
    this.delay = options.persistDelayMs ?? 2000;
  }

  /** Ids by relevance (search.ts). Loads the index on first use. */
  async query(text: string, limit?: number): Promise<string[]> {
    return search((await this.load()).index, text, limit);
  }

  /** Loads (or builds) the index once, brought up to date with the library; later calls share it. */
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
    this.persistSoon(this.delay);
  }

  async remove(id: string): Promise<void> {
    if (!this.state) return;
    const state = await this.state;
    removeFromSearchIndex(state.index, id);
    if (state.stamps.delete(id)) this.persistSoon(this.delay);
  }

  /** Read state or progress changed (`updatedAt` moved, the text did not): only the stamp follows. */
  async touch(article: { id: string; updatedAt: number }): Promise<void> {
    if (!this.state) return;
    const state = await this.state;
    if (!state.stamps.has(article.id)) return;
    state.stamps.set(article.id, article.updatedAt);
    // Progress arrives every few seconds while reading: stored at most every 20 s or so (if the
    // worker stops first, the next start catches up from the library index instead).
    this.persistSoon(this.delay * 10);
  }

  /** Many articles changed at once (import): reconcile with the library before the next answer. */
  refresh(): void {
    if (!this.state) return;
    this.state = this.state.then(async (state) => {
      if (await this.catchUp(state)) this.persistSoon(this.delay);
      return state;
    });
  }

  private async open(): Promise<State> {
    const [stored, rev] = await storage.getItems([SEARCH_KEY, REV_KEY]);
    const loaded = fromStorage(stored.value);
    if (loaded && loaded.rev !== null && loaded.rev === rev.value) return loaded; // nothing changed since it was stored
    const state = loaded ?? { index: buildSearchIndex([]), stamps: new Map<string, number>(), rev: null };
    const changes = await this.catchUp(state);
    // A rebuild is stored at once; a catch-up soon; a new rev alone (progress) with the others.
    if (!loaded || changes) this.persistSoon(loaded ? this.delay : 0);
    else this.persistSoon(this.delay * 10);
    return state;
  }

  /** Reconciles `state` with the library as it is now; returns how many articles changed. */
  private async catchUp(state: State): Promise<number> {
    const { entries, rev } = await readIndexAndRev();
    const changes = await this.reconcile(state, entries);
    state.rev = rev;
    return changes;
  }

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
      for (const [id, read] of await readArticleItems(stale.slice(i, i + BATCH).map((e) => e.id))) {
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

  private persistSoon(delay: number): void {
    const due = Date.now() + delay;
    if (this.timer !== undefined && this.due <= due) return; // an earlier write will carry this change
    clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => void this.persist(), delay);
  }

  /**
   * Writes the index now (tests, and the debounced timer). Inside the writer queue no save can
   * land meanwhile, so after a last catch-up the index matches the rev it is stored with. A failed
   * write only costs a slower next start.
   */
  async persist(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = Infinity;
    if (!this.state) return;
    const state = await this.state;
    await serialized(async () => {
      const rev = (await storage.getItem<unknown>(REV_KEY)) ?? null;
      if (rev === null || rev !== state.rev) await this.catchUp(state);
      const items: { key: `local:${string}`; value: unknown }[] = [];
      if (state.rev === null) items.push({ key: REV_KEY, value: (state.rev = newRev()) }); // a library written before revs
      const value: PersistedSearch = {
        version: SEARCH_CACHE_VERSION, rev: state.rev, stamps: Object.fromEntries(state.stamps), index: serializeSearchIndex(state.index),
      };
      try {
        await storage.setItems([{ key: SEARCH_KEY, value }, ...items]);
      } catch (err) {
        console.warn('Gloss could not store its search index (it will be rebuilt when needed)', err);
      }
    });
  }
}
