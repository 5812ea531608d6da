import { useState } from 'preact/hooks';
import type { LibraryPageState } from '@/hooks/use-library-page';
import { downloadFile } from '@/utils/download';
import { t } from '@/utils/i18n';
import { buildLibraryExport, exportFileName, serializeLibraryExport } from '@/utils/library/export-json';
import { allHighlightsMarkdown, exportMarkdownZip } from '@/utils/library/export-markdown';
import { getAllArticles, readArticles } from '@/utils/library/read';
import type { SavedArticle } from '@/utils/library/schema';
import { getUserGlossary } from '@/utils/library/user-glossary';
import { importLibraryFile } from '@/utils/library-import-file';

const BATCH = 250;

/** Full records of `ids`, in that order (read in batches: a selection can be the whole library). */
async function articlesFor(ids: string[]): Promise<SavedArticle[]> {
  const out: SavedArticle[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const found = await readArticles(ids.slice(i, i + BATCH));
    for (const id of ids.slice(i, i + BATCH)) {
      const a = found.get(id);
      if (a) out.push(a);
    }
  }
  return out;
}

/**
 * Export (Gloss JSON: the whole library, lossless; Markdown: the selected articles, or those
 * listed), "copy all highlights" (same scope) and import (Gloss JSON or a Pocket CSV).
 */
export function LibraryTransferBar({ library }: { library: LibraryPageState }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const scope = () => (library.selected.size ? [...library.selected] : library.visible.map((e) => e.id));

  async function exportJson() {
    const data = buildLibraryExport(await getAllArticles(), await getUserGlossary());
    downloadFile(exportFileName(), serializeLibraryExport(data), 'application/json');
  }
  async function exportMarkdown() {
    const articles = await articlesFor(scope());
    downloadFile(`gloss-library-${new Date().toISOString().slice(0, 10)}.zip`, exportMarkdownZip(articles, document), 'application/zip');
  }
  async function copyHighlights() {
    const ids = scope().filter((id) => (library.entries.find((e) => e.id === id)?.highlightCount ?? 0) > 0);
    const text = allHighlightsMarkdown(await articlesFor(ids));
    if (!text) return setMessage({ text: t('noHighlightsToCopy'), error: false });
    try {
      await navigator.clipboard.writeText(text);
      setMessage({ text: t('highlightsCopied', String(ids.length)), error: false });
    } catch {
      setMessage({ text: t('copyFailed'), error: true });
    }
  }
  async function importFile(file: File) {
    setMessage(await importLibraryFile(file));
  }

  return (
    <div class="transfer-bar">
      <button type="button" data-testid="library-export-json" onClick={() => void exportJson()}>{t('exportJson')}</button>
      <button type="button" data-testid="library-export-markdown" onClick={() => void exportMarkdown()}>
        {library.selected.size ? t('exportMarkdownSelected', String(library.selected.size)) : t('exportMarkdownShown')}
      </button>
      <button type="button" data-testid="library-copy-highlights" onClick={() => void copyHighlights()}>{t('copyAllHighlights')}</button>
      <label class="file-button">
        {t('importButton')}
        <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="library-import-file" class="visually-hidden"
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => { input.value = ''; });
          }} />
      </label>
      {message && (
        <p class={`transfer-message${message.error ? ' error' : ''}`} data-testid="library-message" role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
