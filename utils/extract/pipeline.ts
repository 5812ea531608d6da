import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ExtractedArticle, ExtractOptions } from './types.ts';
import { unsanitisedInto } from './unsanitised.ts';
import { countWords, readingMinutes } from './text-stats.ts';
import { pageLanguage } from './language.ts';
import { readJsonLd, str } from './jsonld.ts';
import { cleanByline, cleanTitle, readMeta } from './metadata.ts';
import { restoreLead } from './lead.ts';
import { premarkBeforeClassesGo, premarkChrome } from './premark.ts';
import { chooseCandidate, cleanDeclaredCopy, declaredMinLength, findDeclared, missesBody, plainArticleBody, type Candidate } from './candidates.ts';
import { cleanArticle } from './cleanup/index.ts';
import { declaredUrl, isSectionUrl, judge, ldFlags, rawSignals, type JudgeSignals } from './judge.ts';
import { normalizePhrase, solidLength, textOf, textStart } from './dom.ts';
import { blockText } from './text.ts';
import { shingleMemo } from './score.ts';
import { stageClock } from './stages.ts';
import { separateBoxes } from './separate.ts';
import { refereeShortResult } from './text-run.ts';
import { noscriptStory } from './noscript.ts';

/**
 * Sanitises the chosen block into a fresh `<div>` of the clone (sanitize.ts: sanitizeArticleInto). Passed in
 * rather than imported, so a script that sanitises only at its sinks — the popup's first-look script
 * (entrypoints/first-look.content) — can run this pipeline without DOMPurify in its bundle.
 */
export type SanitizeInto = (root: Element, win: Window, doc: Document) => { container: Element; html: string };

/** For the stage timers: what ran between the previous lap and the cleaning of each kind of candidate. */
const LAP_BEFORE_CLEANING: Record<string, string> = {
  readability: 'judgement signals, title, byline',
  declared: 'declared containers, JSON-LD body',
  'text-run': 'choice; main text run',
  noscript: 'main text run; noscript story',
};

/**
 * The reader pipeline shared by the extension and the `gloss` CLI (index.ts passes DOMPurify in,
 * unless the caller asks for `sanitize: false`; `sanitizeInto` null is that case).
 * Never touches the live DOM: everything below runs on one clone of it.
 *  1. read metadata (JSON-LD, meta tags), the lead, the page's declared story containers;
 *  2. run Readability, marking chrome by class/id in what it kept before it drops those attributes;
 *  3. clean up each candidate, choose the story, put a missing lead back;
 *  4. judge whether the page is one article; sanitise once.
 * Returns the article plus what the pipeline saw (judgement signals, which candidate won).
 */
export function runPipeline(doc: Document, options: ExtractOptions, sanitizeInto: SanitizeInto | null): { article: ExtractedArticle; signals: JudgeSignals; source: string } {
  const lap = stageClock(options.stages);
  const url = doc.URL || options.window.location?.href || '';
  const clone = doc.cloneNode(true) as Document;
  lap('clone');
  // Before anything reads it: words the page shows apart stay apart (separate.ts).
  separateBoxes(clone, doc);
  lap('words apart');
  const ld = readJsonLd(clone);
  const meta = readMeta(clone, ld);
  lap('metadata, JSON-LD');
  const fallbackBody = options.force ? (clone.body?.cloneNode(true) as Element | undefined) : undefined;
  if (fallbackBody) premarkChrome(fallbackBody);

  const reader = new Readability<Element>(clone, { serializer: (node) => node as Element });
  // Mark chrome by class/id/role before Readability drops those attributes (premark.ts).
  premarkBeforeClassesGo(reader, clone);
  const parsed = reader.parse();
  lap('Readability + chrome marks');
  const raw = parsed?.content ?? null;
  let signals = rawSignals(raw);
  const host = hostOf(url);
  const siteWords = [meta.siteName, host.replace(/^www\d?\./, '').split('.')[0]]
    .map((w) => normalizePhrase(w ?? '').replace(/ /g, '')).filter((w) => w.length >= 3);
  const siteName = str(parsed?.siteName) ?? meta.siteName;
  const title = cleanTitle(str(parsed?.title) ?? str(ld.article?.headline) ?? clone.title ?? '', doc, siteName, host);
  const byline = cleanByline(parsed?.byline, meta.author, { siteName, host, doc });
  const candidate = (el: Element | null, source: string, chars?: number): Candidate | null => {
    if (!el) return null;
    lap(LAP_BEFORE_CLEANING[source] ?? 'forced: the whole page');
    const removed = cleanArticle(el, { siteWords, title, byline, chars, lap, off: options.cleanupOff });
    options.cleanupReports?.push(removed);
    return { el, text: textOf(el), source };
  };
  const fromReadability = candidate(raw, 'readability', signals.rawChars);
  lap('clean-up: text of the result');
  const ldBody = plainArticleBody(ld.article?.articleBody, options.window);
  // Declared containers are copied and cleaned only when they may hold more than Readability kept.
  const rLen = fromReadability?.text.length ?? 0;
  const shingles = shingleMemo();
  const misses = missesBody(fromReadability, ldBody, shingles);
  const wanted = rLen < 500 || misses;
  const fromPage = findDeclared(doc)
    .filter((el) => wanted || mayHoldMore(el, fromReadability))
    .map(separatedCopy)
    // Cleaning only removes text: a copy already too short to win is not cleaned (most are not:
    // the page's own text counts its scripts and indentation, the copy's does not).
    .filter((copy) => wanted || textOf(copy).length >= declaredMinLength(rLen))
    .map((copy) => candidate(copy, 'declared'))
    .filter((c): c is Candidate => !!c);
  lap('declared containers, JSON-LD body');
  let chosen = chooseCandidate(fromReadability, fromPage, ldBody, shingles, misses);
  if (!chosen && ldBody) chosen = fromText(clone, ldBody);
  // A short result may have lost the story: the page's main text run is the referee.
  chosen = refereeShortResult(chosen, doc, (el) => candidate(el, 'text-run'));
  // Still short: the story may be printed only inside a <noscript>; then the page is judged on it.
  const fromNoscript = noscriptStory(chosen, doc, options.window, (el) => candidate(el, 'noscript'));
  if (fromNoscript) { chosen = fromNoscript.candidate; signals = fromNoscript.signals; }
  const judgedDoc = fromNoscript?.doc ?? doc;
  const pageSignals = { ...ldFlags(ld), ogType: meta.ogType, sectionUrl: isSectionUrl(declaredUrl(doc, url)) };
  if (chosen && restoreLead(chosen.el, chosen.text, doc, meta.description)) chosen.source += '+lead';
  lap('choice, lead');
  const judged: JudgeSignals = {
    ...pageSignals,
    ...signals,
    cleanChars: chosen ? (chosen.source.endsWith('+lead') ? textOf(chosen.el) : chosen.text).length : 0,
  };
  const readerable = judge(judged, () => isProbablyReaderable(judgedDoc));

  lap('judgement');
  let html = '', textContent = '';
  if (readerable || options.force) {
    const el = chosen?.el ?? (fallbackBody ? candidate(fallbackBody, 'body')?.el : null);
    if (el) {
      const clean = sanitizeInto ? sanitizeInto(el, options.window, clone) : unsanitisedInto(el);
      html = clean.html;
      textContent = blockText(clean.container);
    }
  }
  lap('serialising, block text');
  const lang = pageLanguage(doc, textContent || chosen?.text || textStart(doc.body, 5000), meta.lang);
  const wordCount = countWords(textContent);
  lap('language, words');
  const article: ExtractedArticle = {
    readerable,
    ...(readerable ? {} : { error: 'not-article' as const }),
    title,
    byline,
    siteName,
    lang,
    publishedTime: str(parsed?.publishedTime) ?? meta.publishedTime,
    excerpt: str(parsed?.excerpt) ?? meta.description,
    content: html,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang),
  };
  return { article, signals: judged, source: chosen?.source ?? 'none' };
}

/**
 * Whether a declared container, before any copying or clean-up, could still win over Readability's
 * result without a JSON-LD body (see chooseCandidate): clearly longer, and holding what Readability
 * kept. Cleaning only removes text, so a container failing this raw never passes cleaned.
 */
function mayHoldMore(el: Element, readability: Candidate | null): boolean {
  const rLen = readability?.text.length ?? 0;
  const min = declaredMinLength(rLen);
  if ((el.textContent?.length ?? 0) < min) return false;
  const text = textOf(el);
  // The copy loses its scripts and styles, and every character of them (they never nest).
  let dropped = 0;
  for (const code of el.querySelectorAll('script, style, noscript')) dropped += solidLength(code.textContent ?? '');
  if (text.length - dropped < min) return false;
  return !readability || rLen < 200 || mayContain(text, readability.text);
}

/**
 * A quick necessary condition for `shingleRecall(part, whole) >= 0.85`: most of two dozen short
 * pieces of `part`, taken at even intervals and cut at spaces, occur in `whole` as they are.
 * Computing shingles of two long texts costs more than copying and cleaning a container.
 */
function mayContain(whole: string, part: string, samples = 24): boolean {
  let found = 0, tried = 0;
  for (let i = 0; i < samples; i++) {
    const from = part.indexOf(' ', Math.floor((i * part.length) / samples));
    const to = from < 0 ? -1 : part.indexOf(' ', from + 24);
    if (to < 0) continue;
    tried++;
    if (whole.includes(part.slice(from + 1, to))) found++;
  }
  return tried === 0 || found >= tried * 0.5;
}

/** copyDeclared (a working copy of a page's story container) with the words it shows apart kept apart (separate.ts). */
function separatedCopy(el: Element): Element {
  // The copy copyDeclared would make (inert document), separated against the page's element.
  const copy = el.ownerDocument.implementation.createHTMLDocument('').importNode(el, true);
  separateBoxes(copy, el);
  return cleanDeclaredCopy(copy);
}

function hostOf(url: string): string {
  try { return new URL(url).hostname; } catch { return ''; }
}

/** The JSON-LD articleBody as paragraphs, when no block of the page matches it. */
function fromText(doc: Document, text: string): Candidate {
  const el = doc.createElement('div');
  for (const para of text.split(/\n\s*\n|\n/)) {
    if (!para.trim()) continue;
    const p = doc.createElement('p');
    p.textContent = para.trim();
    el.append(p);
  }
  return { el, text: textOf(el), source: 'json-ld' };
}

/**
 * The article for a caller that sanitises at its own sinks (ExtractOptions.sanitize false), without
 * DOMPurify in its bundle: the content scripts' reading (utils/page-reading.ts).
 */
export function extractUnsanitised(doc: Document, options: Omit<ExtractOptions, 'sanitize'>): ExtractedArticle {
  return runPipeline(doc, options, null).article;
}
