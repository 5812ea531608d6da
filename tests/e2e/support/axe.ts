import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Run axe-core in a page (extension pages included: evaluate is not subject to their CSP)
 * and return the serious and critical violations. `within` limits the report to nodes
 * whose target path starts with that selector (e.g. the reader's shadow host).
 */
export async function seriousViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations
    .map((v) => ({ ...v, targets: within ? v.targets.filter((target) => target.startsWith(`["${within}"`) || target.startsWith(`[["${within}"`)) : v.targets }))
    .filter((v) => (v.impact === 'serious' || v.impact === 'critical') && v.targets.length > 0);
}
