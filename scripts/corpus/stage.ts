/**
 * Stages the mining corpora: copies the files listed in scripts/corpus/sources.json from the bare
 * mirrors the search tool's `fetch` brings (/work/.mirror/<owner>+<name>/…) into .corpus/<id>/
 * (git-ignored: corpus text is never committed). Reads blobs at the pinned commit with one
 * `git cat-file --batch` per source.
 *   npm run corpus:stage [-- ID...]     (MIRRORS=/path overrides /work/.mirror)
 * A missing mirror is reported with the `fetch` to run; the other sources are still staged.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { isForbidden } from './hold-out.ts';
import { SPLITTERS, type Split } from './splitters.ts';

interface Source {
  id: string; repo: string; commit: string; prefix: string; ext: string; lang: string; files: string;
  /** exact paths instead of every file under prefix */
  paths?: string[];
  /** only paths matching this regular expression */
  match?: string;
  /** how a file becomes articles (scripts/corpus/splitters.ts); default: the file is one article */
  split?: Split;
}

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const mirrors = process.env.MIRRORS ?? '/work/.mirror';
const { sources } = JSON.parse(readFileSync(join(root, 'scripts/corpus/sources.json'), 'utf8')) as { sources: Source[] };

function gitDir(repo: string): string | null {
  const base = join(mirrors, repo.replace('/', '+'), 'repo');
  for (const d of [join(base, '.git'), base]) if (existsSync(join(d, 'objects'))) return d;
  return null;
}

async function stage(src: Source): Promise<number> {
  if (isForbidden(src.repo, root)) throw new Error(`${src.repo} is reserved for evaluation (scripts/corpus/hold-out.ts): not staged`);
  const git = gitDir(src.repo);
  if (!git) throw new Error(`no mirror of ${src.repo} under ${mirrors}: run the search tool's fetch("github:${src.repo}") first`);
  const listing = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', src.commit, '--', src.prefix || '.'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const blobs: { sha: string; path: string }[] = [];
  for (const line of listing.split('\n')) {
    const m = line.split('\t');
    if (m.length !== 2 || !m[1].endsWith(src.ext)) continue;
    if (src.paths && !src.paths.includes(m[1])) continue;
    if (src.match && !new RegExp(src.match).test(m[1])) continue;
    blobs.push({ sha: m[0].split(' ')[2], path: m[1] });
  }
  const out = join(root, '.corpus', src.id);
  const cat = spawn('git', ['--git-dir', git, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buf = Buffer.alloc(0);
  let next = 0;
  let articles = 0;
  const done = new Promise<void>((resolve, reject) => {
    cat.stdout.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const nl = buf.indexOf(10);
        if (nl < 0) return;
        const size = Number(buf.subarray(0, nl).toString().split(' ')[2]);
        if (buf.length < nl + 1 + size + 1) return;
        const file = join(out, blobs[next++].path.slice(src.prefix.length));
        const body = buf.subarray(nl + 1, nl + 1 + size);
        if (src.split) {
          mkdirSync(out, { recursive: true });
          for (const [name, text] of SPLITTERS[src.split](body, blobs[next - 1].path)) { writeFileSync(join(out, name), text); articles++; }
        } else {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, body);
          articles++;
        }
        buf = buf.subarray(nl + 1 + size + 1);
      }
    });
    cat.on('close', (code) => (code === 0 && next === blobs.length ? resolve() : reject(new Error(`git cat-file ended early (${next}/${blobs.length})`))));
  });
  cat.stdin.end(blobs.map((b) => b.sha).join('\n') + '\n');
  await done;
  return articles;
}

const wanted = process.argv.slice(2);
let failed = false;
for (const src of sources) {
  if (wanted.length && !wanted.includes(src.id)) continue;
  try {
    const n = await stage(src);
    console.log(`${src.id}: ${n} articles → .corpus/${src.id}/ (${src.repo}@${src.commit.slice(0, 8)})`);
  } catch (error) {
    failed = true;
    console.error(`${src.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed) process.exitCode = 1;
