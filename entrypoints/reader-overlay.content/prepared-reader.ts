import type { ContentScriptContext } from '#imports';
import { createReaderShell, type ReaderShell } from '@/components/reader-shell';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/utils/reader-settings';
import { loadReaderSettings } from '@/utils/reader-settings-store';
import { readerFontSamples, warmFonts } from '@/utils/warm-fonts';
import { MARKS_KEY, readMarks, withoutKnown, type NotebookMarks } from '@/utils/notebook/marks';
import { keptStorageRead } from '@/utils/kept-storage-read';
import { changesSynced } from '@/utils/sync/synced';
import { READER_SETTINGS_KEY } from '@/utils/reader-settings-store';
import type { Analysis } from './page-analysis';

/**
 * The reader, built before it is shown. The reader shell (plain DOM) is built in an inert document
 * (no browsing context): nothing in it loads or runs — not even the article's images — and the page
 * cannot see it. Showing it moves its root into the overlay (the nodes are adopted), so the popup's
 * analysis can prepare the reader and the switch then costs one frame rather than a sanitise, the
 * abbreviation marking and building the article.
 */
export interface PreparedReader {
  /** The analysis it shows: the controller reuses it only while analysePage returns this very object. */
  readonly analysis: Analysis;
  readonly shell: ReaderShell;
  /** The notebook's marks it was built with: a reader built before one changed is built again. */
  readonly marks: NotebookMarks;
}

const prefersDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
// Kept in memory while storage says nothing changed (utils/kept-storage-read.ts): the switch waits for no storage read.
const keptSettings = keptStorageRead(loadReaderSettings, (keys) => changesSynced(READER_SETTINGS_KEY, keys));
/** The notebook's marks, kept the same way; the same object until they change. */
export const keptMarks = keptStorageRead(readMarks, (keys, area) => area === 'local' && keys.includes(MARKS_KEY));

/** The reader's settings as stored (the defaults when storage cannot be read); never rejects. */
export const storedSettings = (): Promise<ReaderSettings> => keptSettings().catch(() => ({ ...DEFAULT_SETTINGS }));

/**
 * `onPick`: a page judged not an article shows a note offering to pick the article (reader-shell.ts).
 * `settings`: a read of storedSettings already under way (the switch starts it with the analysis).
 */
export async function prepareReader(
  analysis: Analysis, onClose: () => void, onPick?: () => void, settingsRead = storedSettings(),
): Promise<PreparedReader> {
  // Painted in the reader's own settings from the start (no flash of the default theme).
  const [settings, marks] = await Promise.all([settingsRead, keptMarks()]);
  const inert = document.implementation.createHTMLDocument('');
  // Abbreviations the reader marked "I know this" in the notebook are not underlined.
  const entries = withoutKnown(analysis.entries, marks);
  const onPickArticle = analysis.article.readerable ? undefined : onPick;
  const shell = createReaderShell(inert, { article: analysis.article, entries, settings, prefersDark: prefersDark(), onClose, onPickArticle });
  return { analysis, shell, marks };
}

/**
 * Bring a reader prepared a while ago up to the settings as they are now (another tab may have
 * changed them): `settingsRead` is a storedSettings() started when the switch was pressed.
 */
export async function refreshReader(reader: PreparedReader, settingsRead: Promise<ReaderSettings>): Promise<void> {
  reader.shell.apply(await settingsRead, prefersDark());
}

/** For a reader prepared ahead: look up its fonts in idle time, so its first frame does not (utils/warm-fonts.ts). */
export function warmReaderFonts(ctx: ContentScriptContext, { analysis, shell }: PreparedReader): void {
  const { title, textContent } = analysis.article;
  warmFonts(() => readerFontSamples(shell.root, title, textContent), (run) => ctx.requestIdleCallback(run, { timeout: 500 }));
}
