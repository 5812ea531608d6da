/**
 * Stages the real evaluation pages: for each line of data/eval/glossary-real/SOURCES.tsv, copies
 * repo@commit:path from the fetched mirror into $GLOSS_EVAL_DATA/glossary-real/<file> (git-ignored),
 * checking its sha1. A missing mirror is named with the `fetch` to run.
 *   npm run -s eval:stage-real
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gitDirOf, missingMirror, readFiles, sha1 } from './mirror.ts';
import { REAL_DIR, REAL_MANIFEST } from './paths.ts';
import { readRealManifest } from './real-manifest.ts';

async function main(): Promise<void> {
  const rows = await readRealManifest(REAL_MANIFEST);
  await mkdir(REAL_DIR, { recursive: true });
  let ok = 0, bad = 0;
  for (const r of rows) {
    const gitDir = gitDirOf(r.repo);
    if (!gitDir) { console.error(`${r.file}: ${missingMirror(r.repo)}`); bad++; continue; }
    const [buf] = await readFiles(gitDir, r.commit, [r.path]);
    if (!buf) { console.error(`${r.file}: ${r.path} not in ${r.repo}@${r.commit} (fetch github:${r.repo} again?)`); bad++; continue; }
    if (sha1(buf) !== r.sha1) { console.error(`${r.file}: sha1 ${sha1(buf)} differs from the manifest's ${r.sha1}`); bad++; continue; }
    await writeFile(path.join(REAL_DIR, r.file), buf);
    ok++;
  }
  console.log(`${ok} real pages staged in ${REAL_DIR}${bad ? `, ${bad} failed` : ''}`);
  if (bad) process.exitCode = 1;
}

void main();
