/**
 * Child process of the glossary benchmark. buildGlossary is synchronous: a pathological input
 * could run for minutes, and only killing the process that runs it stops it. The parent sends
 * the article texts once, then one job at a time; the child builds the input and times it.
 */
import { buildGlossary } from '../../utils/glossary/index.ts';
import { ADVERSARIAL, byteLength, realText } from './glossary-inputs.ts';

export type WorkerRequest =
  | { type: 'texts'; vi: string[]; en: string[] }
  | { type: 'run'; input: 'normal' | number; lang: 'vi' | 'en'; size: number; runs: number; stopAfterMs: number };
export type WorkerReply = { type: 'ready' } | { type: 'result'; bytes: number; times: number[]; entries: number };

const texts: Record<'vi' | 'en', string[]> = { vi: [], en: [] };
const send = (m: WorkerReply) => process.send?.(m);

process.on('message', (m: WorkerRequest) => {
  if (m.type === 'texts') {
    texts.vi = m.vi;
    texts.en = m.en;
    buildGlossary('Ủy ban nhân dân (UBND) tỉnh; the World Health Organization (WHO) said.', { lang: 'vi' }); // loads the dictionary
    send({ type: 'ready' });
    return;
  }
  const text = m.input === 'normal' ? realText(texts[m.lang], m.size) : ADVERSARIAL[m.input].make(m.size);
  const times: number[] = [];
  let entries = 0;
  for (let i = 0; i < m.runs; i++) {
    const t = performance.now();
    entries = buildGlossary(text, { lang: m.lang }).length;
    times.push(performance.now() - t);
    if (times[0] > m.stopAfterMs) break; // one slow run is enough
  }
  send({ type: 'result', bytes: byteLength(text), times, entries });
});
send({ type: 'ready' });
