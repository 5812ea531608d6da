/**
 * The extension builds the benchmarks measure: rebuilt when missing or older than the sources
 * (unless --no-build), else measured as they are; a failed rebuild falls back to the earlier build
 * and says so in the section's details.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO, ms, now, type BenchContext } from './lib.ts';

const SOURCES = ['entrypoints', 'components', 'hooks', 'utils', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const f of readdirSync(p)) {
    if (f === 'node_modules' || f.startsWith('.')) continue;
    max = Math.max(max, newestMtime(path.join(p, f)));
  }
  return max;
}

/** `.output/<outDir>` built by `npm run -s <script>` when missing or older than the sources. */
export function ensureExtensionBuild(ctx: BenchContext, details: string[], { outDir, script, section }: { outDir: string; script: string; section: string }) {
  const manifest = path.join(REPO, '.output', outDir, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((s) => newestMtime(path.join(REPO, s))));
  if (ctx.args.includes('--no-build') || (built && built >= source)) {
    details.push(`extension: existing ${outDir} build (${new Date(built).toISOString()})${built && built < source ? ' — OLDER than the sources (--no-build)' : ''}`);
    return;
  }
  ctx.log(`  ${section}: building the extension (npm run -s ${script})…`);
  const t = now();
  const res = spawnSync('npm', ['run', '-s', script], { cwd: REPO, encoding: 'utf8' });
  if (res.status === 0 && existsSync(manifest)) {
    details.push(`extension: rebuilt with npm run ${script} in ${(ms((now() - t) / 1000, 1)).replace(' ms', ' s')}`);
    return;
  }
  const tail = `${res.stdout ?? ''}${res.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
  if (!existsSync(manifest)) throw new Error(`npm run ${script} failed and there is no earlier build: ${tail}`);
  details.push(`extension: ${script} FAILED (${tail.slice(0, 200)}); measured the earlier build from ${new Date(built).toISOString()}`);
}
