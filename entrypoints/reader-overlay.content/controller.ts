import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { AnyMessageOf, ContentRequests, PageArticle, PageProblem, ReaderToggleResult } from '@/utils/messages';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { selectorFor } from '@/utils/pick-selector';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize';
import { rememberPick } from '@/utils/pick-rules';
import { afterPaint } from '@/utils/after-paint';
import { forgetReading, hasPrimedGlossary, primeGlossary, readPage } from '@/utils/page-reading';
import { analysePage, type Analysis } from './page-analysis';
import { openOverlay, type OpenOverlay } from './overlay';
import { keptMarks, prepareReader, refreshReader, storedSettings, warmReaderFonts, type PreparedReader } from './prepared-reader';
import type { ReaderSettings } from '@/utils/reader-settings';
import { loadControls } from './controls';

/**
 * Reader mode in one tab. Requests run one at a time, so a fast double toggle
 * opens then closes — never two overlays.
 */
export function createReaderController(ctx: ContentScriptContext) {
  let overlay: OpenOverlay | null = null;
  /** The reader built after the popup's analysis, waiting for the switch (see prepare). */
  let prepared: PreparedReader | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Run one request after the ones before it; a failure answers `failed` and never blocks the queue. */
  function run<T>(work: () => T | Promise<T>) {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result.catch(() => ({ problem: 'failed' as const }));
  }

  const announce = (open: boolean) =>
    browser.runtime.sendMessage({ type: 'reader.changed', open }).catch(() => undefined);

  let watchLocation: number | undefined;
  /** What the open reader shows, and the address it was read from. */
  let shown: { analysis: Analysis; readAt: string } | null = null;

  function close() {
    if (!overlay) return;
    clearInterval(watchLocation);
    overlay.close();
    overlay = null;
    void announce(false);
    prepareAgain();
  }

  /**
   * After the reader closed, build it again off the document in idle time, from the analysis it
   * showed, so that switching it on again is one frame too (the popup opened again on the same
   * page hands no new glossary over, which is what prepares it otherwise). Not when the page has
   * moved on (a single-page app): the next toggle reads the new page.
   */
  function prepareAgain() {
    const last = shown;
    shown = null;
    if (!last) return;
    ctx.requestIdleCallback(() => void run(async () => {
      if (overlay || prepared || location.href !== last.readAt) return;
      prepared = await prepareReader(last.analysis, close, pickLater);
    }), { timeout: 1_000 });
  }

  // A single-page app can move to another story under the reader (history.pushState):
  // the reader then shows the wrong article, so it closes and the next toggle re-reads.
  // `readAt` is the address the article was read from, taken before the reader opened: an
  // app that moves on while the reader is opening must close it too.
  function closeOnNavigation(readAt: string) {
    watchLocation = ctx.setInterval(() => {
      if (location.href !== readAt) close();
    }, 300);
  }

  const pickLater = () => void run(pick);

  /**
   * The prepared reader if it shows this very analysis (brought up to the current settings), else
   * a new one. `settingsRead`: the settings' storage read, started with the analysis.
   */
  async function readerFor(analysis: Analysis, settingsRead: Promise<ReaderSettings>): Promise<PreparedReader> {
    const ready = prepared?.analysis === analysis && prepared.marks === await keptMarks().catch(() => null) ? prepared : null;
    prepared = null;
    if (!ready) return prepareReader(analysis, close, pickLater, settingsRead);
    await refreshReader(ready, settingsRead);
    return ready;
  }

  /**
   * Open the reader. A person who turns it on gets it even on a page judged not an article: the
   * forced reading, with a note in the reader offering to pick the article (prepared-reader.ts).
   * Only a page with nothing to read at all is declined.
   */
  async function show(force: boolean): Promise<ReaderToggleResult> {
    const readAt = location.href;
    // The settings' storage read goes out now, beside the analysis's (its check of the reader's own
    // definitions): two round trips to the browser at once rather than one after the other.
    const settingsRead = storedSettings();
    let analysis = await analysePage(force);
    if (analysis.tooLarge) return { problem: 'too-large' };
    if (!analysis.article.readerable && !force) analysis = await analysePage(true);
    if (!analysis.article.textContent.trim()) return { problem: 'not-article' };
    const opened = openOverlay(ctx, await readerFor(analysis, settingsRead), close, pickLater);
    overlay = opened;
    shown = { analysis, readAt };
    closeOnNavigation(readAt);
    // Told after the first frame: the message costs the frame nothing then (the first
    // runtime.sendMessage of a content script sets up its bindings, ~15 ms on a slow machine).
    afterPaint(() => {
      if (overlay === opened) void announce(true);
    });
    return { open: true };
  }

  /**
   * After the popup's analysis, build the reader the switch would show, off the document, so that
   * switching on is one frame. Runs in the request queue: a click that comes sooner waits for it
   * and then uses it.
   */
  async function prepare(): Promise<void> {
    if (overlay) return;
    const analysis = await analysePage(false);
    if (analysis.tooLarge || !analysis.article.readerable || !analysis.article.content) return;
    if (prepared?.analysis === analysis) return;
    prepared = await prepareReader(analysis, close);
    warmReaderFonts(ctx, prepared);
  }

  /** "Pick the article": the reader clicks the block that holds the story; remembered for the site. */
  async function pick(): Promise<ReaderToggleResult> {
    close();
    // The picker comes with the reader's controls (./controls.ts), loaded after the first paint.
    const block = await (await loadControls()).pickBlock();
    if (!block) return { open: false };
    await rememberPick(location.hostname, selectorFor(block)).catch(() => undefined);
    forgetReading();
    return show(true);
  }

  async function toggle({ force, open }: { force?: boolean; open?: boolean }): Promise<ReaderToggleResult> {
    const wantOpen = open ?? !overlay;
    if (!wantOpen) {
      close();
      return { open: false };
    }
    if (overlay) return { open: true };
    return show(Boolean(force));
  }

  const prepareLater = () => ctx.setTimeout(() => void run(prepare), 0);

  /** The popup's glossary of what `content.read` gave it: kept, then the reader is built off the document. */
  async function glossed({ definitions, entries }: { definitions: string; entries: GlossaryEntry[] }) {
    const kept = await primeGlossary(definitions, entries);
    // After the answer has gone to the popup.
    prepareLater();
    return { kept };
  }

  /** Joining the popup's first-look script, which kept the popup's glossary: prepare the reader from it. */
  function prepareIfGlossed(): void {
    if (hasPrimedGlossary()) prepareLater();
  }

  /** The article to save: what the reader shows (the forced extraction if the reader opened it anyway). */
  async function pageArticle(): Promise<PageArticle | { problem: PageProblem }> {
    const judged = await analysePage(false);
    const { article, entries } = judged.article.readerable ? judged : overlay ? await analysePage(true) : judged;
    if (!article.readerable && !overlay) return { problem: 'not-article' };
    const image = document.querySelector<HTMLMetaElement>('meta[property="og:image"], meta[name="twitter:image"]')?.content;
    let leadImageUrl: string | null = null;
    try {
      leadImageUrl = image ? new URL(image, location.href).href : null;
    } catch {
      leadImageUrl = null;
    }
    // The reading leaves sanitising to the sinks (utils/page-reading.ts); what is stored is sanitised here.
    return { url: location.href, article: { ...article, content: sanitizeArticleHtml(article.content, window) }, entries, leadImageUrl };
  }

  function handle(message: AnyMessageOf<ContentRequests>): Promise<unknown> | undefined {
    if (message.type === 'content.toggle') return run(() => toggle(message));
    if (message.type === 'content.read') return run(() => readPage(overlay != null));
    if (message.type === 'content.glossed') return run(() => glossed(message));
    if (message.type === 'content.join') return Promise.resolve({ joined: true });
    if (message.type === 'content.article') return run(pageArticle);
    if (message.type === 'content.pick') return run(pick);
    if (message.type === 'content.reveal') return run(() => ({ found: overlay?.reveal(message.abbr) ?? false }));
    return undefined;
  }

  ctx.onInvalidated(() => {
    close();
    prepared = null;
  });
  return { handle, prepareIfGlossed };
}
