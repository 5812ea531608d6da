import { mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './paths';

/**
 * A ≥ 20 MB page with ≥ 200,000 elements: one real story buried in endless teasers.
 * Made at test time (and git-ignored) rather than committed.
 */
export function ensureHugePage(): string {
  const dir = resolve(repoRoot, 'tests/e2e/pages/generated');
  const file = resolve(dir, 'huge.html');
  if (existsSync(file) && statSync(file).size > 20_000_000) return '/pages/generated/huge.html';
  mkdirSync(dir, { recursive: true });
  const sentence = 'The river authority said the new flood barrier held back the highest water in a decade, and engineers checked every joint at dawn. ';
  const story = Array.from({ length: 10 }, (_, i) => `<p>${sentence.repeat(3)} Part ${i}.</p>`).join('\n');
  const teaser = (i: number) =>
    `<div class="teaser"><a href="/n/${i}"><span class="kicker">Local</span><span class="headline">Teaser headline number ${i} about something else entirely</span></a><p class="dek">Short summary text for teaser ${i}, padding the page out.</p></div>`;
  const teasers = Array.from({ length: 84_000 }, (_, i) => teaser(i)).join('\n');
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood barrier holds in record high water</title></head>
<body><header><nav>Home</nav></header><main><article><h1>Flood barrier holds in record high water</h1>${story}</article>
<aside class="more">${teasers}</aside></main></body></html>`);
  return '/pages/generated/huge.html';
}
