/**
 * Reads files of a fetched repository snapshot (the search tool's `fetch` puts a git directory under
 * /work/.mirror/owner+name/repo) without a work tree: `git cat-file --batch`, one process for many files.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export const MIRROR_ROOT = process.env.GLOSS_MIRROR ?? '/work/.mirror';

/** The git directory of a fetched repository, or null with the reason. */
export function gitDirOf(repo: string): string | null {
  const base = path.join(MIRROR_ROOT, repo.replace('/', '+'), 'repo');
  for (const d of [path.join(base, '.git'), base]) if (existsSync(path.join(d, 'HEAD')) && existsSync(path.join(d, 'objects'))) return d;
  return null;
}

export function missingMirror(repo: string): string {
  return `mirror of ${repo} not found under ${MIRROR_ROOT}: bring it with the search tool's \`fetch github:${repo}\` (or set GLOSS_MIRROR)`;
}

export function headCommit(gitDir: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

export function listFiles(gitDir: string, commit: string, under: string): string[] {
  const out = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', commit, '--', under], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return out.split('\n').filter(Boolean);
}

export function sha1(buf: Buffer | string): string {
  return createHash('sha1').update(buf).digest('hex');
}

/** Contents of commit:path for each path, in order; a missing file gives null. */
export async function readFiles(gitDir: string, commit: string, paths: string[]): Promise<(Buffer | null)[]> {
  const proc = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  proc.stdout.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { proc.on('close', () => resolve()); proc.on('error', reject); });
  for (const p of paths) proc.stdin.write(`${commit}:${p}\n`);
  proc.stdin.end();
  await done;
  const all = Buffer.concat(chunks);
  const out: (Buffer | null)[] = [];
  let at = 0;
  for (let i = 0; i < paths.length; i++) {
    const nl = all.indexOf(10, at);
    const header = all.subarray(at, nl).toString('utf8');
    at = nl + 1;
    if (header.endsWith(' missing')) { out.push(null); continue; }
    const size = Number(header.split(' ')[2]);
    out.push(all.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}
