/**
 * Corpora whose files are not one plain-text article each: how each file becomes [name, text] articles.
 * Only the article text is kept (title, then body); markup and metadata are dropped.
 */
import { detokenize } from './detokenize.ts';

export type Split = 'reuters-sgm' | 'wcxb-json' | 'vi-word-segmented';

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Reuters-21578 SGML (latin-1): each <REUTERS NEWID="n"> element → n.txt. */
function splitReuters(file: Buffer): [string, string][] {
  const out: [string, string][] = [];
  const decode = (s: string) => s.replace(/&(#\d+|[a-z]+);/g, (m, e: string) => (e[0] === '#' ? (Number(e.slice(1)) < 32 ? ' ' : String.fromCharCode(Number(e.slice(1)))) : ENTITY[e] ?? m));
  for (const doc of file.toString('latin1').split('</REUTERS>')) {
    const id = /NEWID="(\d+)"/.exec(doc)?.[1];
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(doc)?.[1];
    if (!id || !body) continue;
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(doc)?.[1] ?? '';
    // the wire wraps lines at ~70 characters; a paragraph starts with an indented line
    const text = decode(body).replace(/\s*Reuter\s*$/, '\n').replace(/\n(?! )/g, ' ').replace(/\n +/g, '\n');
    out.push([`${id}.txt`, decode(title) + '\n' + text]);
  }
  return out;
}

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on']);

/** Share of the words that are the commonest English function words (≈ 0.2 in English prose, ≈ 0 otherwise). */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => ENGLISH.has(w)).length / words.length;
}

/** WCXB ground truth (one JSON per page): pages typed `article` and written in English only. */
function splitWcxb(file: Buffer, path: string): [string, string][] {
  const page = JSON.parse(file.toString('utf8')) as { file_id: string; _internal?: { page_type?: { primary?: string } };
    ground_truth?: { title?: string; main_content?: string } };
  if (page._internal?.page_type?.primary !== 'article') return [];
  const text = `${page.ground_truth?.title ?? ''}\n${page.ground_truth?.main_content ?? ''}`;
  if (text.length < 500 || englishShare(text) < 0.12) return [];
  const split = path.split('/')[0];
  return [[`${split}-${page.file_id}.txt`, text]];
}

/** VietNews (`data/{train,test,val}_tokenized/NNNNNN.txt.seg`): one word-segmented article per file → `<split>-NNNNNN.txt`. */
function splitWordSegmented(file: Buffer, path: string): [string, string][] {
  const m = /([a-z]+)_tokenized\/(\d+)\.txt\.seg$/.exec(path);
  const name = m ? `${m[1]}-${m[2]}.txt` : path.replace(/[/\\]/g, '-').replace(/\.seg$/, '');
  return [[name, detokenize(file.toString('utf8'))]];
}

export const SPLITTERS: Record<Split, (file: Buffer, path: string) => [string, string][]> = {
  'reuters-sgm': (file) => splitReuters(file),
  'wcxb-json': splitWcxb,
  'vi-word-segmented': splitWordSegmented,
};
