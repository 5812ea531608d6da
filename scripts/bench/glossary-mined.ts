/** The glossary bench's rows about the corpus-mined dictionary layer (section 2, glossary.ts). */
import { installMinedFromDisk, minedDataBytes, readMinedFromDisk } from '../lib/mined.ts';
import { installMined, uninstallMined } from '../../utils/glossary/mined.ts';
import { packMinedForExtension } from '../../utils/glossary/mined-pack.ts';
import { cpuMs } from './cpu.ts';
import type { Runner } from './glossary-runner.ts';
import { median, ms, type Row } from './lib.ts';

const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;

/**
 * The corpus-mined dictionary's cold load, as the background does it on the first glossary request after
 * start: parse the two packed JSON files the extension ships (mined-pack.ts), index them (one Map per
 * language). Median of 5; the whole files are installed again after.
 */
export function minedColdLoad(): Row {
  const shipped = (['vi', 'en'] as const).flatMap((lang) => {
    const full = readMinedFromDisk(lang);
    const other = readMinedFromDisk(lang === 'vi' ? 'en' : 'vi') ?? undefined;
    return full ? [{ lang, json: JSON.stringify(packMinedForExtension(full, lang, other)) }] : [];
  });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    uninstallMined();
    const t0 = cpuMs();
    for (const { lang, json } of shipped) installMined(lang, JSON.parse(json) as Parameters<typeof installMined>[1]);
    times.push(cpuMs() - t0);
  }
  uninstallMined();
  installMinedFromDisk();
  const shippedBytes = shipped.reduce((n, s) => n + Buffer.byteLength(s.json), 0);
  return { label: `mined dictionary cold load (parse, index; ${kb(shippedBytes)} JSON as shipped, packed from ${kb(minedDataBytes())}), CPU`, value: ms(median(times)),
    note: 'loaded once, lazily, in the background (never in the content script); look-ups are one Map access per candidate' };
}

/** What the mined layer adds: normal text of 256 KB with and without it, alternated (5 pairs), CPU time. */
export async function minedLayerCost(runner: Runner, lang: 'vi' | 'en', budgetMs: number): Promise<Row> {
  const withIt: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < 5; i++) {
    for (const withoutMined of [false, true]) {
      const r = await runner.run({ type: 'run', input: 'normal', lang, size: 256_000, runs: 1, stopAfterMs: budgetMs, withoutMined }, budgetMs * 3);
      if (r) (withoutMined ? without : withIt).push((r.times[0] / r.bytes) * 100_000);
    }
  }
  const a = median(withIt);
  const b = median(without);
  return { label: `normal ${lang} text (256 KB) with the mined layer`, value: `${a.toFixed(3)} ms/100 KB`,
    baseline: `hand dictionary alone ${b.toFixed(3)} ms/100 KB (alternated)`, ratio: a / b };
}
