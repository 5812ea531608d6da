/**
 * Reading files out of the bare mirrors that the search tool's `fetch` leaves under /work/.mirror
 * (<owner>+<name>/repo, no work tree). GLOSS_MIRROR overrides the root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const MIRROR_ROOT = process.env.GLOSS_MIRROR ?? '/work/.mirror';

export function mirrorDir(repo: string): string {
  return path.join(MIRROR_ROOT, repo.replace('/', '+'), 'repo');
}

export function hasMirror(repo: string): boolean {
  return existsSync(path.join(mirrorDir(repo), 'HEAD'));
}

/** What to run when a mirror is missing: the search tool's fetch, named so a person can run it. */
export function fetchHint(repo: string): string {
  return `fetch github:${repo}   (the search tool's fetch; it leaves ${mirrorDir(repo)})`;
}

function git(repo: string, args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', mirrorDir(repo), ...args], { maxBuffer: 1 << 30 });
}

export function headCommit(repo: string): string {
  return git(repo, ['rev-parse', 'HEAD']).toString().trim();
}

/** Files under a folder at a commit (NUL-separated, so names with spaces or accents come back whole). */
export function listFiles(repo: string, commit: string, under: string): string[] {
  return git(repo, ['ls-tree', '-r', '-z', '--name-only', commit, '--', under])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
}

/** A file's bytes at a commit, or null when the commit or path is not in the mirror. */
export function readBlob(repo: string, commit: string, file: string): Buffer | null {
  try {
    return git(repo, ['show', `${commit}:${file}`]);
  } catch {
    return null;
  }
}

/**
 * Many files at once through one `git cat-file --batch` (a process per file costs seconds over
 * thousands of pages). Keys are "commit:path"; a missing object maps to null.
 */
export function readBlobs(repo: string, keys: string[]): Map<string, Buffer | null> {
  const out = new Map<string, Buffer | null>();
  if (!keys.length) return out;
  const result = spawnSync('git', ['--git-dir', mirrorDir(repo), 'cat-file', '--batch'], {
    input: keys.join('\n') + '\n',
    maxBuffer: 2 ** 32,
  });
  if (result.status !== 0) throw new Error(`git cat-file failed in ${mirrorDir(repo)}: ${result.stderr.toString()}`);
  const buf = result.stdout;
  let at = 0;
  for (const key of keys) {
    const eol = buf.indexOf(0x0a, at);
    const header = buf.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = /^[0-9a-f]{40} \w+ (\d+)$/.exec(header);
    if (!m) { out.set(key, null); continue; }
    const size = Number(m[1]);
    out.set(key, buf.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}
