/**
 * Child process of the glossary benchmark. buildGlossary is synchronous: a pathological input
 * could run for minutes, and only killing the process that runs it stops it. The parent sends
 * the article texts once, then one job at a time; the child builds the input and times it.
 */
import { buildGlossary } from '../../utils/glossary/index.ts';
import { loadDictionary } from '../../utils/glossary/dictionary.ts';
import { ADVERSARIAL, byteLength, realText } from './glossary-inputs.ts';
import { installMinedFromDisk } from '../lib/mined.ts';
import { uninstallMined } from '../../utils/glossary/mined.ts';
import { cpuMs } from './cpu.ts';


// the hand dictionary's cold load: parse and index, the first time a glossary is built in a fresh process
const t0 = cpuMs();
loadDictionary();
const handColdLoadMs = cpuMs() - t0;

// timed as the extension runs it: with the corpus-mined layer installed (its look-ups are part of the cost)
installMinedFromDisk();

export type WorkerRequest =
  | { type: 'texts'; vi: string[]; en: string[] }
  | {
    type: 'run'; input: 'normal' | number; lang: 'vi' | 'en'; size: number; runs: number; stopAfterMs: number;
    /** also time the normal text of the same language and size, alternating with the input (a same-moment baseline) */
    pair?: boolean;
    /** time with the hand dictionary alone (the mined layer uninstalled for this job) */
    withoutMined?: boolean;
  };
export type WorkerReply =
  | { type: 'ready'; handColdLoadMs?: number }
  | { type: 'result'; bytes: number; times: number[]; entries: number; pairBytes?: number; pairTimes?: number[] };

const texts: Record<'vi' | 'en', string[]> = { vi: [], en: [] };
const send = (m: WorkerReply) => process.send?.(m);

process.on('message', (m: WorkerRequest) => {
  if (m.type === 'texts') {
    texts.vi = m.vi;
    texts.en = m.en;
    // loads the dictionary, and warms the JIT so the first measured input is not the one paying for it
    buildGlossary('Ủy ban nhân dân (UBND) tỉnh; the World Health Organization (WHO) said.', { lang: 'vi' });
    for (let i = 0; i < 3; i++) {
      for (const lang of ['vi', 'en'] as const) if (texts[lang].length) buildGlossary(realText(texts[lang], 200_000), { lang });
    }
    send({ type: 'ready', handColdLoadMs });
    return;
  }
  if (m.withoutMined) uninstallMined();
  const text = m.input === 'normal' ? realText(texts[m.lang], m.size) : ADVERSARIAL[m.input].make(m.size);
  const pair = m.pair ? realText(texts[m.lang], m.size) : null;
  const times: number[] = [];
  const pairTimes: number[] = [];
  let entries = 0;
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined); // --expose-gc: collect between runs, not during them
  for (let i = 0; i < m.runs; i++) {
    gc();
    let t = cpuMs();
    entries = buildGlossary(text, { lang: m.lang }).length;
    times.push(cpuMs() - t);
    if (pair) {
      gc();
      t = cpuMs();
      buildGlossary(pair, { lang: m.lang });
      pairTimes.push(cpuMs() - t);
    }
    if (times[0] > m.stopAfterMs) break; // one slow run is enough
  }
  if (m.withoutMined) installMinedFromDisk();
  send({ type: 'result', bytes: byteLength(text), times, entries, ...(pair ? { pairBytes: byteLength(pair), pairTimes } : {}) });
});
send({ type: 'ready' });
