/**
 * A pool of at most two worker processes for the multilingual evaluation (the machine's cores are
 * shared): this same command re-run with `--shard i/n --save FILE` per worker, results merged.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const MAX_WORKERS = 2;

/** `--shard i/n`: every n-th row from the i-th (0-based), so each worker gets a spread of suites. */
export function parseShard(value: string | undefined): { index: number; count: number } | null {
  if (!value) return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) >= Number(m[2])) throw new Error(`--shard ${value}: expected i/n with 0 <= i < n`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

export function inShard<T>(rows: T[], shard: { index: number; count: number } | null): T[] {
  return shard ? rows.filter((_, i) => i % shard.count === shard.index) : rows;
}

/** Drop `--name value` pairs (and bare flags) from an argument list. */
function without(args: string[], names: string[], flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (names.includes(args[i])) { i++; continue; }
    if (!flags.includes(args[i])) out.push(args[i]);
  }
  return out;
}

/** Runs `workers` copies of this command on shards; resolves to each worker's saved JSON. */
export async function runShards<T>(workers: number): Promise<T[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gloss-eval-'));
  const base = without(process.argv.slice(2), ['--workers', '--save', '--shard', '--only'], ['--verbose']);
  const files = Array.from({ length: workers }, (_, i) => path.join(dir, `shard-${i}.json`));
  await Promise.all(files.map((file, i) => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...base, '--only', 'multi', '--shard', `${i}/${workers}`, '--save', file, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${i} exited with ${code}`))));
  })));
  return files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as T);
}
