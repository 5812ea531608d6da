import { useState } from 'preact/hooks';
import { downloadFile } from '@/utils/download';
import { t } from '@/utils/i18n';
import { getAllArticles } from '@/utils/library/store';
import { getUserGlossary } from '@/utils/library/user-glossary';
import { buildLibraryExport, exportFileName, serializeLibraryExport } from '@/utils/library/export-json';
import { exportMarkdownZip } from '@/utils/library/export-markdown';
import { exportLibraryHtml } from '@/utils/library/export-html';
import { sanitizeArticleHtml } from '@/utils/extract/sanitize';
import { importLibraryFile } from '@/utils/library-import-file';

type Format = 'json' | 'markdown' | 'html';

async function exportAs(format: Format) {
  const articles = await getAllArticles();
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'json') {
    const data = buildLibraryExport(articles, await getUserGlossary());
    downloadFile(exportFileName(), serializeLibraryExport(data), 'application/json');
  } else if (format === 'markdown') {
    downloadFile(`gloss-library-${stamp}.zip`, exportMarkdownZip(articles, document), 'application/zip');
  } else {
    // Imported articles (Gloss JSON) arrive unsanitised and the background has no DOM to clean
    // them: clean every body here, as the reader does at its sink, before it goes into a file.
    const clean = articles.map((a) => ({ ...a, contentHtml: sanitizeArticleHtml(a.contentHtml, window) }));
    downloadFile(`gloss-library-${stamp}.html`, exportLibraryHtml(clean), 'text/html');
  }
}

/** Export the whole library (JSON, Markdown zip, one HTML file) and import Gloss JSON or a Pocket CSV. */
export function LibraryTransfer() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function importFile(file: File) {
    setMessage(await importLibraryFile(file));
  }

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('libraryHeading')}</h2>
      <div class="button-row">
        <button type="button" data-testid="export-json" onClick={() => void exportAs('json')}>{t('exportJson')}</button>
        <button type="button" data-testid="export-markdown" onClick={() => void exportAs('markdown')}>{t('exportMarkdown')}</button>
        <button type="button" data-testid="export-html" onClick={() => void exportAs('html')}>{t('exportHtml')}</button>
      </div>
      <label class="import-label">
        {t('importLabel')}
        <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="import-file"
          onChange={(event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
          }} />
      </label>
      {message && (
        <p data-testid="popup-message" role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>{message.text}</p>
      )}
    </section>
  );
}
