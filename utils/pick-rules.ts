import { browser } from 'wxt/browser';

/**
 * Blocks the reader picked as "the article", per site (hostname → CSS selector), in
 * `storage.local` under `pick-rules`. Plain storage calls (the layout @wxt-dev/storage used for
 * this item, which had no version): this module is part of the reader's content script, whose
 * first paint has a size budget (docs/benchmarks.md, size).
 */
export const PICK_RULES_KEY = 'pick-rules';
const KEY = PICK_RULES_KEY;

function rulesIn(stored: Record<string, unknown>): Record<string, string> {
  const rules = stored[KEY];
  return rules && typeof rules === 'object' ? (rules as Record<string, string>) : {};
}

async function readRules(): Promise<Record<string, string>> {
  return rulesIn(await browser.storage.local.get(KEY));
}

/** The rule for `host` in what storage.local handed back (read by the caller with other keys). */
export function pickRuleIn(stored: Record<string, unknown>, host: string): string | undefined {
  const rule = rulesIn(stored)[host];
  return typeof rule === 'string' ? rule : undefined;
}

export async function pickRuleFor(host: string): Promise<string | undefined> {
  return pickRuleIn(await browser.storage.local.get(KEY).catch(() => ({})), host);
}

export async function rememberPick(host: string, selector: string): Promise<void> {
  await browser.storage.local.set({ [KEY]: { ...(await readRules()), [host]: selector } });
}
