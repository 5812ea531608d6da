import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ownFixture, withPage } from './support.ts';
import { extractArticle } from '../../utils/extract/index.ts';
import { stageClock, type StageTimes } from '../../utils/extract/stages.ts';

describe('per-stage timing for the benchmarks', () => {
  it('adds the time between laps to each stage, and does nothing without a record', () => {
    const into: StageTimes = {};
    const lap = stageClock(into);
    lap('a');
    lap('b');
    lap('a');
    expect(Object.keys(into).sort()).toEqual(['a', 'b']);
    expect(into.a).toBeGreaterThanOrEqual(0);
    expect(() => stageClock(undefined)('a')).not.toThrow();
  });

  it('times every stage of a real page and returns the same article as without timing', async () => {
    const html = readFileSync(ownFixture('seed-thanh-hoa.html'), 'utf8');
    const [plain, timed, stages] = await withPage(html, 'https://example.invalid/news/seed-123.html', (doc, win) => {
      const stages: StageTimes = {};
      return [extractArticle(doc, { window: win, force: false }), extractArticle(doc, { window: win, force: false, stages }), stages] as const;
    });
    expect(timed).toEqual(plain);
    expect(plain.readerable).toBe(true);
    for (const stage of ['clone', 'Readability + chrome marks', 'clean-up: ad labels, credits', 'judgement', 'serialising, block text']) {
      expect(stages).toHaveProperty([stage]);
    }
  });
});
