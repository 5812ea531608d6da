import { storage } from 'wxt/utils/storage';

/** Blocks the reader picked as "the article", per site (hostname → CSS selector). */
const pickRules = storage.defineItem<Record<string, string>>('local:pick-rules', { fallback: {} });

export async function pickRuleFor(host: string): Promise<string | undefined> {
  const rules = await pickRules.getValue().catch(() => ({}) as Record<string, string>);
  const rule = rules[host];
  return typeof rule === 'string' ? rule : undefined;
}

export async function rememberPick(host: string, selector: string): Promise<void> {
  await pickRules.setValue({ ...(await pickRules.getValue()), [host]: selector });
}
