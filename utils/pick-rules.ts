import { browser } from 'wxt/browser';

/**
 * Blocks the reader picked as "the article", per site (hostname → CSS selector), in
 * `storage.local` under `pick-rules`. Plain storage calls (the layout @wxt-dev/storage used for
 * this item, which had no version): this module is part of the reader's content script, whose
 * first paint has a size budget (docs/benchmarks.md, size).
 */
const KEY = 'pick-rules';

async function readRules(): Promise<Record<string, string>> {
  const rules = (await browser.storage.local.get(KEY))[KEY];
  return rules && typeof rules === 'object' ? (rules as Record<string, string>) : {};
}

export async function pickRuleFor(host: string): Promise<string | undefined> {
  const rules = await readRules().catch(() => ({}) as Record<string, string>);
  const rule = rules[host];
  return typeof rule === 'string' ? rule : undefined;
}

export async function rememberPick(host: string, selector: string): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...(await readRules()), [host]: selector } });
}
