import { askBackground } from './background-client';
import { t } from './i18n';

/**
 * Import a file the reader chose (Gloss JSON, or a Pocket CSV by its name or header) through the
 * background, the library's one writer; the message to show, for the options page and the library page.
 */
export async function importLibraryFile(file: File): Promise<{ text: string; error: boolean }> {
  const text = await file.text();
  const kind = /\.csv$/i.test(file.name) || text.startsWith('title,url') ? 'pocket-csv' : 'gloss-json';
  const result = await askBackground({ type: 'library.import', kind, text });
  if ('problem' in result) return { text: t('importFailed', t('pageFailed')), error: true };
  if (!result.ok) return { text: t('importFailed', result.error), error: true };
  const { added, updated, skipped } = result.report;
  return { text: t('importDone', [String(added), String(updated), String(skipped)]), error: false };
}
