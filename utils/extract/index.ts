import type { ExtractedArticle, ExtractOptions } from './types.ts';
import type { JudgeSignals } from './judge.ts';
import { sanitizeArticleInto } from './sanitize.ts';
import { runPipeline } from './pipeline.ts';

export type { ExtractedArticle, ExtractOptions } from './types.ts';

/**
 * The reader pipeline (pipeline.ts) with DOMPurify: what the `gloss` CLI, the evaluations and the
 * benchmarks call. The content scripts sanitise at their sinks and call pipeline.ts directly.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractedArticle {
  return extractDetailed(doc, options).article;
}

/** The article plus what the pipeline saw (judgement signals, which candidate won): for eval and tests. */
export function extractDetailed(doc: Document, options: ExtractOptions): { article: ExtractedArticle; signals: JudgeSignals; source: string } {
  return runPipeline(doc, options, options.sanitize === false ? null : sanitizeArticleInto);
}
