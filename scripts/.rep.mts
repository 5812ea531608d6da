import { readManifestAt, loadPage } from './eval/multi-corpus.ts';
import { parseHtml } from './lib/parse-html.ts';
import { withoutSvgStyles } from './lib/happy-dom-repairs.ts';
import { extractDetailed } from '../utils/extract/index.ts';
const ids = process.argv.slice(2);
const rows = readManifestAt('.corpus/extract-eval').filter((r) => ids.includes(r.id));
for (const row of rows) {
  const page = loadPage('.corpus/extract-eval', row);
  const dom = parseHtml(withoutSvgStyles(page.html).html, row.url || `https://${row.host}/`);
  const window = dom.window as unknown as Window;
  const a = extractDetailed(dom.document, { window, sanitize: false }).article.textContent.split('\n');
  const b = extractDetailed(dom.document, { window, sanitize: false, cleanupOff: ['repeats'] }).article.textContent.split('\n');
  const sa = new Set(a);
  const gone = new Map<string, number>();
  for (const l of b) if (!sa.has(l)) gone.set(l.slice(0, 90), (gone.get(l.slice(0, 90)) ?? 0) + 1);
  console.log('==', row.id, [...gone].map(([l, n]) => `${JSON.stringify(l)}×${n}`).join('  '));
  await dom.close();
}
