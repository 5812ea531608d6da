import type { GlossaryEntry } from './glossary/index';
import type { ExtractedArticle } from './extract/types';
import type { ReadState, SavedArticle } from './library/schema';
import type { MergeReport } from './library/store';
import type { Highlight, HighlightPatch } from './library/highlight-schema';
import type { LibraryErrorCode } from './library/errors';
import type { NotebookSource } from './notebook/aggregate';
import type { Mark, NotebookMarks } from './notebook/marks';
import type { ReviewCard, ReviewRating } from './review/schedule';

/**
 * The one typed message map between popup, background and the reader content script.
 * Every request names its `type`; the response type is fixed per request.
 */

/** Why Gloss could not act on a page, in terms the popup can explain. */
export type PageProblem = 'restricted' | 'not-article' | 'failed' | 'storage-full' | 'too-large' | 'pdf';

export interface PageAnalysis {
  readerable: boolean;
  title: string;
  lang: string | null;
  entries: GlossaryEntry[];
  readerOpen: boolean;
}

/** The tab's article as the popup's first look needs it: the text to explain, not yet the glossary. */
export interface PageReading {
  readerable: boolean;
  title: string;
  lang: string | null;
  /** What the glossary explains: the title and the text the reader would show ('' when there is none). */
  text: string;
  readerOpen: boolean;
  /** The reader's own definitions as stored when the page was read, handed back with the glossary. */
  definitions: string;
  /** The glossary the tab already holds for this reading and these definitions (the popup built it before): then `text` is ''. */
  entries?: GlossaryEntry[];
}

export type ReaderToggleResult = { open: boolean } | { problem: PageProblem };
export type ReadResult = PageReading | { problem: PageProblem };

/** Popup → background: act on a tab (the background injects the content script on demand). */
export interface BackgroundRequests {
  'reader.toggle': { request: { tabId: number; force?: boolean; open?: boolean }; response: ReaderToggleResult };
  'library.save': { request: { tabId: number }; response: SaveResult };
  /** Ids by relevance; `limit` defaults to 200 (the popup), the library page asks for all. */
  'library.search': { request: { query: string; limit?: number }; response: string[] };
  'library.delete': { request: { id: string }; response: SavedArticle | null };
  'library.restore': { request: { record: SavedArticle }; response: boolean };
  'library.setReadState': { request: { id: string; state: ReadState }; response: boolean };
  'library.setProgress': { request: { id: string; progress: number }; response: boolean };
  'library.import': { request: { kind: 'gloss-json' | 'pocket-csv'; text: string }; response: ImportOutcome };
  'reader.pick': { request: { tabId: number }; response: ReaderToggleResult };
  'reader.reveal': { request: { tabId: number; abbr: string }; response: { found: boolean } | { problem: PageProblem } };
  'glossary.define': { request: { abbr: string; expansion: string | null }; response: boolean };
  /**
   * Content script → background: the glossary of an article's text, with the user's own definitions.
   * The engine and its dictionaries live in the background only, which keeps them out of the
   * script injected into pages (Gloss issue 7: the reader's first paint loads ≤ 45 KB gzip).
   */
  'glossary.build': { request: { text: string; lang: string }; response: GlossaryEntry[] | { problem: PageProblem } };
  /**
   * Content script → background: inject the reader's controls (entrypoints/reader-controls.content)
   * into the asking frame, once the reader is painted (utils/reader-controls-port.ts).
   */
  'reader.controls': { request: object; response: { loaded: true } | { problem: PageProblem } };
  /**
   * The popup's first-look script (entrypoints/first-look.content) → background: inject the reader's
   * script into the asking frame, which then takes the tab's requests over (utils/first-look-port.ts).
   */
  'reader.join': { request: object; response: { loaded: true } | { problem: PageProblem } };
}

export type SaveResult = { id: string; created: boolean } | { problem: PageProblem };
export type ImportOutcome = { ok: true; report: MergeReport } | { ok: false; error: string };

/** What the content script hands over to be saved: the article as the reader shows it. */
export interface PageArticle {
  url: string;
  article: ExtractedArticle;
  entries: GlossaryEntry[];
  leadImageUrl: string | null;
}

/** Background or popup → content script, inside one tab. */
export interface ContentRequests {
  'content.toggle': { request: { force?: boolean; open?: boolean }; response: ReaderToggleResult };
  /** The popup's first look (asked by the popup itself, which then builds the glossary). */
  'content.read': { request: object; response: ReadResult };
  /** The glossary the popup built from `content.read`, kept so the reader opens without asking again. */
  'content.glossed': { request: { definitions: string; entries: GlossaryEntry[] }; response: { kept: boolean } };
  /**
   * The popup, once it has the reading and the background is awake: bring the reader's script in now,
   * while the background builds the glossary (utils/first-look-reader.ts). `joined`: it is there.
   */
  'content.join': { request: object; response: { joined: boolean } };
  'content.article': { request: object; response: PageArticle | { problem: PageProblem } };
  'content.pick': { request: object; response: ReaderToggleResult };
  'content.reveal': { request: { abbr: string }; response: { found: boolean } | { problem: PageProblem } };
}

/** Content script → anyone listening (the popup): the reader view opened or closed. */
export interface ReaderChangedEvent {
  type: 'reader.changed';
  open: boolean;
}

export type MessageOf<Map, K extends keyof Map> = { type: K } & (Map[K] extends { request: infer R } ? R : never);
export type ResponseOf<Map, K extends keyof Map> = Map[K] extends { response: infer R } ? R : never;

/** Any one request of a map, as a discriminated union on `type`. */
export type AnyMessageOf<Map> = { [K in keyof Map]: MessageOf<Map, K> }[keyof Map];

export function isProblem(result: object): result is { problem: PageProblem } {
  return 'problem' in result;
}

/** Library upkeep requests (declaration merging keeps them apart from the map above). */
export interface BackgroundRequests {
  /** Check the library's structure and the records of `ids` (those on screen); damaged ones are kept aside. */
  'library.check': { request: { ids: string[] }; response: { damaged: number } };
  /** Close the damaged-records notice (the records and their kept data stay). */
  'library.dismissDamaged': { request: object; response: boolean };
}

/** What an edit of highlights, notes or tags answers: the article's annotations as now stored. */
export type Annotations = Pick<SavedArticle, 'id' | 'updatedAt' | 'tags' | 'notes' | 'highlights'>;
/** `error`: 'not-found' (article or highlight gone), 'invalid-data', 'storage-full', or 'failed'. */
export type LibraryEditError = LibraryErrorCode | 'failed';
export type AnnotationsResult = { ok: true; annotations: Annotations } | { ok: false; error: LibraryEditError };
export type BulkResult = { ok: true; changed: number } | { ok: false; error: LibraryEditError };

/** Highlights, notes, tags and bulk actions (issue 13); the background applies them in its one writer queue. */
export interface BackgroundRequests {
  /** Adds a highlight (same id again replaces it: safe to retry). Undo of a removal: add the removed one back. */
  'library.highlight.add': { request: { id: string; highlight: Highlight }; response: AnnotationsResult };
  'library.highlight.update': { request: { id: string; highlightId: string; patch: HighlightPatch }; response: AnnotationsResult };
  /** `removed` is the undo token (null when it was already gone). */
  'library.highlight.remove': {
    request: { id: string; highlightId: string };
    response: (AnnotationsResult & { ok: true; removed: Highlight | null }) | { ok: false; error: LibraryEditError };
  };
  'library.notes.set': { request: { id: string; notes: string }; response: AnnotationsResult };
  'library.tags.change': { request: { ids: string[]; add?: string[]; remove?: string[] }; response: BulkResult };
  'library.tags.rename': { request: { from: string; to: string }; response: BulkResult };
  'library.setReadStateMany': { request: { ids: string[]; state: ReadState }; response: BulkResult };
  /** Returns the deleted records: the undo token for 'library.restoreMany'. */
  'library.deleteMany': { request: { ids: string[] }; response: SavedArticle[] };
  'library.restoreMany': { request: { records: SavedArticle[] }; response: BulkResult };
}

/** The in-page reader's highlights (issue 13): it knows its page, not the saved article's id. */
export interface BackgroundRequests {
  /** The saved article of the asking tab's page (by canonical URL), if it is saved. */
  'reader.saved': { request: object; response: { id: string; highlights: Highlight[] } | null };
  /** Save the asking tab's page (the in-page reader highlights an article not yet saved). */
  'reader.saveTab': { request: object; response: SaveResult };
}

/** `removed`: the review card the mark took away (an undo sends it back as `restore`). */
export type MarkResult = { ok: true; marks: NotebookMarks; removed?: ReviewCard } | { ok: false };
export interface MarkRequest { abbr: string; mark: Mark | null; card?: { back: string; sentence: string }; restore?: ReviewCard }
export type RateResult = { ok: true; card: ReviewCard } | { ok: false };

/** The abbreviation notebook and its review (issue 13); the background writes marks and cards. */
export interface BackgroundRequests {
  /** Every saved article's abbreviations (computed from its text, cached) for notebook.html. */
  'notebook.sources': { request: object; response: NotebookSource[] };
  /**
   * "I know this" / "Learn" (adds a review card) / neither (undo); `card` is the new card's back and
   * sentence; `restore` (with "Learn") puts back a card an earlier mark removed, history and all.
   */
  'notebook.mark': { request: MarkRequest; response: MarkResult };
  /** Rate the review card of `abbr`: 1 Again, 2 Hard, 3 Good, 4 Easy (FSRS). */
  'review.rate': { request: { abbr: string; rating: ReviewRating }; response: RateResult };
}
