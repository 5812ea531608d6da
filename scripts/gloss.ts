/**
 * The `gloss` CLI: the extension's own pipeline on saved HTML files, under happy-dom.
 *   gloss extract  [--url URL] FILE...
 *   gloss glossary [--url URL] FILE...
 * One file → one JSON object; several → JSON Lines in order. Exit code 1 if any file failed.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractArticle } from '../utils/extract/index.ts';
import { buildGlossary } from '../utils/glossary/index.ts';
import { detectLanguageFromText } from '../utils/extract/language.ts';
import { parseHtml } from './lib/parse-html.ts';
import { installMinedFromDisk } from './lib/mined.ts';

type Command = 'extract' | 'glossary';

function usage(): never {
  console.error('usage: gloss extract|glossary [--url URL] FILE...');
  process.exit(2);
}

function parseArgs(argv: string[]): { command: Command; url?: string; files: string[] } {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'glossary') usage();
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--url') url = rest[++i];
    else if (rest[i].startsWith('--url=')) url = rest[i].slice(6);
    else files.push(rest[i]);
  }
  if (files.length === 0) usage();
  return { command, url, files };
}

async function extractFile(file: string, url: string) {
  const html = await readFile(file, 'utf8');
  const page = parseHtml(html, url);
  try {
    return extractArticle(page.document, { window: page.window });
  } finally {
    await page.close();
  }
}

async function glossaryFile(file: string, url: string) {
  if (file.endsWith('.txt')) {
    const text = await readFile(file, 'utf8');
    const lang = detectLanguageFromText(text) ?? 'en';
    return { lang, entries: buildGlossary(text, { lang }) };
  }
  // The glossary explains the article, so it reads the article text, even of a page
  // that does not look like one (the reader may still open it anyway).
  const html = await readFile(file, 'utf8');
  const page = parseHtml(html, url);
  try {
    const article = extractArticle(page.document, { window: page.window, force: true });
    const lang = article.lang ?? 'en';
    const text = [article.title, article.textContent].join('\n');
    return { lang, entries: buildGlossary(text, { lang }) };
  } finally {
    await page.close();
  }
}

async function main() {
  const { command, url, files } = parseArgs(process.argv.slice(2));
  // the corpus-mined layer, as the extension's background installs it on first use
  if (command === 'glossary') installMinedFromDisk();
  let failed = false;
  for (const file of files) {
    const pageUrl = url ?? `https://example.invalid/${encodeURIComponent(basename(file))}`;
    let result: object;
    try {
      const body = command === 'extract' ? await extractFile(file, pageUrl) : await glossaryFile(file, pageUrl);
      result = command === 'extract' ? { file, url: pageUrl, ...body } : { file, ...body };
    } catch (error) {
      failed = true;
      result = { file, url: pageUrl, error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(JSON.stringify(result) + '\n');
  }
  // Never process.exit() here: it would cut a large write to a pipe short.
  process.exitCode = failed ? 1 : 0;
}

void main();
