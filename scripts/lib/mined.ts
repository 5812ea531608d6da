/**
 * Installs the corpus-mined dictionary (utils/glossary/data/mined/{vi,en}.json) for Node tools (gloss CLI,
 * evaluation), the way the extension's background does on first use. Missing files are not an error: the
 * glossary then runs on the hand dictionary alone.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { installMined } from '../../utils/glossary/mined.ts';
import type { MinedFile } from '../../utils/glossary/mined.ts';

// GLOSS_MINED_DIR: another mined data set (e.g. one mined with the whole silver set held out, for an honest dev figure)
const dir = process.env.GLOSS_MINED_DIR ?? join(dirname(new URL(import.meta.url).pathname), '..', '..', 'utils', 'glossary', 'data', 'mined');

/** One whole mined file as on disk, or null when missing. */
export function readMinedFromDisk(lang: 'vi' | 'en'): MinedFile | null {
  const file = join(dir, `${lang}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as MinedFile : null;
}

export function installMinedFromDisk(): void {
  for (const lang of ['vi', 'en'] as const) {
    const file = readMinedFromDisk(lang);
    if (file) installMined(lang, file);
  }
}

/** Size of the whole mined data on disk (bytes; the extension ships it packed: mined-pack.ts). */
export function minedDataBytes(): number {
  let n = 0;
  for (const lang of ['vi', 'en']) {
    const file = join(dir, `${lang}.json`);
    if (existsSync(file)) n += statSync(file).size;
  }
  return n;
}
