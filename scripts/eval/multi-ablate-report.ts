/**
 * Tables for the clean-up ablation (multi-ablate.ts). Pure: page outcomes in, lines out.
 * A rule's effect is F1 with every pass minus F1 with that pass left out: positive = the pass helps.
 */
import { CLEANUP_RULES, type CleanupRule } from '../../utils/extract/cleanup/index.ts';
import { asEmpty, pageF1, scoreOf, type Gold, type Measure } from './multi-score.ts';

export interface RuleRun { refused: boolean; m: Measure }

export interface AblationOutcome {
  id: string; lang: string; kind: 'article' | 'listing'; gold: Gold['kind'];
  base: RuleRun;
  /** One run per pass that removed something on this page; a missing pass gave the base result. */
  off: Partial<Record<CleanupRule, RuleRun>>;
}

export const MIN_GROUP = 20;

const scored = (p: AblationOutcome, run: RuleRun): Measure => (run.refused ? asEmpty(p.gold, run.m) : run.m);
const runOf = (p: AblationOutcome, rule: CleanupRule | null): RuleRun => (rule ? p.off[rule] ?? p.base : p.base);
const f1 = (pages: AblationOutcome[], rule: CleanupRule | null) => scoreOf(pages.map((p) => scored(p, runOf(p, rule)))).f1;

/** Article groups by language and gold kind (F1s of the two gold kinds are not comparable), with ≥ MIN_GROUP pages. */
export function groupsOf(articles: AblationOutcome[]): [string, AblationOutcome[]][] {
  const groups = new Map<string, AblationOutcome[]>();
  for (const p of articles) {
    for (const key of [`${p.lang} ${p.gold}`, `all ${p.gold}`]) groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups].filter(([, ps]) => ps.length >= MIN_GROUP).sort((a, b) => Number(a[0].startsWith('all')) - Number(b[0].startsWith('all')) || b[1].length - a[1].length);
}

export interface RuleEffect { rule: CleanupRule; group: string; pages: number; fired: number; base: number; without: number; delta: number }

export function ruleEffects(results: AblationOutcome[]): RuleEffect[] {
  const articles = results.filter((p) => p.kind === 'article');
  const out: RuleEffect[] = [];
  for (const [group, pages] of groupsOf(articles)) {
    const base = f1(pages, null);
    for (const rule of CLEANUP_RULES) {
      const without = f1(pages, rule);
      out.push({ rule, group, pages: pages.length, fired: pages.filter((p) => p.off[rule]).length, base, without, delta: base - without });
    }
  }
  return out;
}

const sign = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;

export function ablationReport(results: AblationOutcome[], head: { fold: string; where: string; verbose: boolean }): string[] {
  const articles = results.filter((p) => p.kind === 'article');
  const listings = results.filter((p) => p.kind === 'listing');
  const groups = groupsOf(articles);
  const effects = ruleEffects(results);
  const width = Math.max(...groups.map(([g]) => g.length), 5);
  const out = [
    `\n(e') clean-up ablation, fold ${head.fold}: ${articles.length} articles, ${listings.length} listing pages`,
    `  ${head.where}`,
    '  effect = F1 with every pass − F1 with the pass left out (refusals = empty); + means the pass helps. fired = pages where it removed something',
    `  ${'group'.padEnd(width)} pages  F1 all passes | ${CLEANUP_RULES.map((r) => `${r.padStart(8)} (fired)`).join(' | ')}`,
  ];
  for (const [group, pages] of groups) {
    const cells = CLEANUP_RULES.map((rule) => {
      const e = effects.find((x) => x.group === group && x.rule === rule)!;
      return `${sign(e.delta).padStart(8)} (${String(e.fired).padStart(5)})`;
    });
    out.push(`  ${group.padEnd(width)} ${String(pages.length).padStart(5)}  ${f1(pages, null).toFixed(4).padStart(13)} | ${cells.join(' | ')}`);
  }
  const refusals = (ps: AblationOutcome[], rule: CleanupRule | null) => ps.filter((p) => runOf(p, rule).refused).length;
  out.push(`  refused: articles ${refusals(articles, null)}/${articles.length}, listing pages ${refusals(listings, null)}/${listings.length} with every pass; with one left out:`);
  out.push(`    ${CLEANUP_RULES.map((r) => `${r} ${refusals(articles, r)} / ${refusals(listings, r)}`).join(';  ')}`);
  for (const e of effects.filter((x) => x.delta < 0 && !x.group.startsWith('all'))) {
    out.push(`  LOWERS F1: ${e.rule} on ${e.group} (${e.pages} pages, fired on ${e.fired}): ${e.base.toFixed(4)} with it, ${e.without.toFixed(4)} without (${sign(e.delta)})`);
  }
  if (head.verbose) {
    for (const rule of CLEANUP_RULES) {
      for (const p of articles) {
        const off = p.off[rule];
        if (!off) continue;
        const d = pageF1(scored(p, p.base)) - pageF1(scored(p, off));
        if (Math.abs(d) >= 0.1) out.push(`  ${rule} ${d > 0 ? 'helps' : 'HURTS'} ${p.id} (${p.lang}): page F1 ${pageF1(scored(p, p.base)).toFixed(3)} with it, ${pageF1(scored(p, off)).toFixed(3)} without`);
      }
    }
  }
  return out;
}
