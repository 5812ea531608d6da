import { buildGlossary, type GlossaryEntry } from '@/utils/glossary/index';
import { getUserGlossary } from '@/utils/library/user-glossary';
import type { PageProblem } from '@/utils/messages';
import { ensureMinedDictionary } from './mined-dictionary';

/**
 * The glossary of an article, built by the background (for the popup's first look and for the
 * reader content script), never in the page: the engine and its dictionaries would be
 * most of the reader content script's weight, and the page never needs them itself (it only
 * marks the entries it is given). Rebuilt on every request, so the reader's own new definitions
 * apply at once.
 */
export async function glossaryFor({ text, lang }: { text: string; lang: string }): Promise<GlossaryEntry[] | { problem: PageProblem }> {
  if (typeof text !== 'string' || typeof lang !== 'string') return { problem: 'failed' };
  const [userDefinitions] = await Promise.all([getUserGlossary().catch(() => ({})), ensureMinedDictionary()]);
  return buildGlossary(text, { lang, userDefinitions });
}
