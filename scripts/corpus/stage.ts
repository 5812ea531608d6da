/**
 * `npm run corpus:stage [-- --out DIR]`: copies every page and gold file named in
 * scripts/corpus/extract-eval.tsv out of the bare mirrors (/work/.mirror, or GLOSS_MIRROR) into a
 * git-ignored folder (default .corpus/extract-eval), checking each file's SHA-1 against the
 * manifest. Files already staged with the right SHA-1 are left alone. A missing mirror is named
 * with the `fetch` that brings it; nothing fetched is ever committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fetchHint, hasMirror, readBlobs } from './git-mirror.ts';
import { parseManifest, sha1Of, stagedPath, wantedFiles } from './manifest.ts';
import { DEFAULT_CORPUS, MANIFEST } from './paths.ts';

function stage(out: string): number {
  const rows = parseManifest(readFileSync(MANIFEST, 'utf8'));
  const files = wantedFiles(rows);
  const todo = files.filter((f) => {
    const target = stagedPath(out, f.repo, f.path);
    return !existsSync(target) || sha1Of(readFileSync(target)) !== f.sha1;
  });
  const repos = [...new Set(todo.map((f) => f.repo))];
  const missing = repos.filter((r) => !hasMirror(r));
  for (const repo of missing) console.error(`mirror missing for ${repo}: run  ${fetchHint(repo)}`);
  let problems = missing.length;
  for (const repo of repos.filter((r) => !missing.includes(r))) {
    const mine = todo.filter((f) => f.repo === repo);
    const blobs = readBlobs(repo, mine.map((f) => `${f.commit}:${f.path}`));
    for (const f of mine) {
      const bytes = blobs.get(`${f.commit}:${f.path}`);
      if (!bytes) { console.error(`not in the mirror of ${repo}: ${f.commit.slice(0, 10)}:${f.path} (an older snapshot? run ${fetchHint(repo)})`); problems++; continue; }
      if (sha1Of(bytes) !== f.sha1) { console.error(`SHA-1 differs from the manifest: ${repo} ${f.path}`); problems++; continue; }
      const target = stagedPath(out, f.repo, f.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
  writeFileSync(path.join(out, 'extract-eval.tsv'), readFileSync(MANIFEST));
  const pages = rows.length;
  console.log(`${out}: ${files.length - todo.length} files already staged, ${todo.length - problems} copied, ${problems} problems; ${pages} pages in the manifest`);
  return problems;
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = path.resolve(outAt >= 0 ? args[outAt + 1] : DEFAULT_CORPUS);
mkdirSync(out, { recursive: true });
process.exitCode = stage(out) ? 1 : 0;
