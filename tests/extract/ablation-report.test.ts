import { describe, expect, it } from 'vitest';
import { groupsOf, MIN_GROUP, ruleEffects, type AblationOutcome } from '../../scripts/eval/multi-ablate-report.ts';
import { inShard, parseShard } from '../../scripts/eval/shards.ts';
import { isGoldNote } from '../../scripts/eval/multi-score.ts';

const overlap = (tp: number, fp: number, fn: number) => ({ overlap: { tp, fp, fn } });

/** A page whose `links` pass removed chrome (fp 5 → 0) or, when `hurts`, a paragraph of the story (fn 0 → 5). */
function page(i: number, lang: string, hurts: boolean): AblationOutcome {
  const base = { refused: false, m: hurts ? overlap(10, 0, 5) : overlap(10, 0, 0) };
  const off = { refused: false, m: hurts ? overlap(15, 0, 0) : overlap(10, 5, 0) };
  return { id: `s:${i}`, lang, kind: 'article', gold: 'text', base, off: { links: off } };
}

describe('clean-up ablation report', () => {
  const helped = Array.from({ length: MIN_GROUP }, (_, i) => page(i, 'de', false));
  const hurt = Array.from({ length: MIN_GROUP }, (_, i) => page(100 + i, 'fr', true));
  const few = Array.from({ length: MIN_GROUP - 1 }, (_, i) => page(200 + i, 'vi', true));

  it('groups articles by language and gold kind, only with at least MIN_GROUP pages', () => {
    expect(groupsOf([...helped, ...hurt, ...few]).map(([g, ps]) => [g, ps.length])).toEqual([
      ['de text', MIN_GROUP], ['fr text', MIN_GROUP], ['all text', 3 * MIN_GROUP - 1],
    ]);
  });

  it('gives a pass a positive effect where it helps, negative where it hurts, none where it did not fire', () => {
    const effects = ruleEffects([...helped, ...hurt]);
    const of = (rule: string, group: string) => effects.find((e) => e.rule === rule && e.group === group)!;
    expect(of('links', 'de text').delta).toBeGreaterThan(0);
    expect(of('links', 'fr text').delta).toBeLessThan(0);
    expect(of('links', 'fr text').fired).toBe(MIN_GROUP);
    expect(of('ads', 'de text').delta).toBe(0);
  });

  it('counts a refusal as an empty reader view', () => {
    const refusedWithout = helped.map((p) => ({ ...p, off: { links: { refused: true, m: p.base.m } } }));
    const e = ruleEffects(refusedWithout).find((x) => x.rule === 'links' && x.group === 'de text')!;
    expect(e.without).toBe(0);
  });
});

describe('worker shards', () => {
  it('splits rows so that every row is in exactly one shard', () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    const parts = [parseShard('0/2'), parseShard('1/2')].map((s) => inShard(rows, s));
    expect(parts.flat().sort()).toEqual(rows);
    expect(parts[0]).toEqual([0, 2, 4, 6]);
  });
  it('refuses a shard outside its count', () => {
    expect(() => parseShard('2/2')).toThrow(/0 <= i < n/);
  });
});

describe('multilingual eval: gold that is a note, not text', () => {
  it("leaves out a reviewer's note about an extractor, keeps short and titled gold", () => {
    expect(isGoldNote({ kind: 'text', text: 'MISSED LAST PARAGRAPH \n' })).toBe(true);
    expect(isGoldNote({ kind: 'text', text: "FAILED, ENTIRE ARTICLE LOADED VIA JS" })).toBe(true);
    expect(isGoldNote({ kind: 'text', text: 'Is there nothing Andrew Flintoff can\'t do? Here he commentates the final ball.' })).toBe(false);
    expect(isGoldNote({ kind: 'text', text: 'NASA: THE ISS AT 25. ' + 'The station was launched in parts over many years and kept crewed since 2000. '.repeat(5) })).toBe(false);
    expect(isGoldNote({ kind: 'snippets', with: ['ALL CAPS'], without: [] })).toBe(false);
  });
});
