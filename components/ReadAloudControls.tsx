import type { RefObject } from 'preact';
import { useReadAloud, type ReadAloudStatus } from '@/hooks/use-read-aloud';
import { RANGES } from '@/utils/reader-settings';
import { languageName } from '@/utils/speech/voice';
import { t, uiLanguage } from '@/utils/i18n';

interface Props {
  /** The reader root; the article body is found inside it. */
  readerRef: RefObject<HTMLElement | null>;
  lang: string;
  rate: number;
  onRate: (rate: number) => void;
}

const RATES: number[] = [];
for (let r = RANGES.speechRate.min; r <= RANGES.speechRate.max; r += RANGES.speechRate.step) RATES.push(r);

function statusMessage(status: ReadAloudStatus, lang: string): string {
  if (status === 'no-voice') return t('readAloudNoVoice', languageName(lang, uiLanguage()));
  if (status === 'unsupported') return t('readAloudUnsupported');
  if (status === 'error') return t('readAloudError');
  return '';
}

/** Read aloud / pause / resume, stop, and speed; a plain status line says when it cannot read. */
export function ReadAloudControls({ readerRef, lang, rate, onRate }: Props) {
  const { status, start, pause, resume, stop } = useReadAloud(readerRef, lang, rate);
  const active = status === 'playing' || status === 'paused';
  const number = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 });
  // One button whose action changes (and never `disabled`), so keyboard focus stays on it
  // from Read aloud to Pause to Resume.
  const main =
    status === 'playing' ? { label: t('readAloudPause'), run: pause }
      : status === 'paused' ? { label: t('readAloudResume'), run: resume }
        : { label: t('readAloud'), run: () => status !== 'loading' && void start() };

  return (
    <div class="gloss-read-aloud" role="group" aria-label={t('readAloud')}>
      <button type="button" class="gloss-button" data-testid="read-aloud" onClick={main.run}
        aria-disabled={status === 'loading'} aria-describedby="gloss-read-aloud-status">
        {main.label}
      </button>
      {active && (
        <button type="button" class="gloss-button" data-testid="read-aloud-stop" onClick={stop}>
          {t('readAloudStop')}
        </button>
      )}
      <label class="gloss-speed">
        <span>{t('readAloudSpeed')}</span>
        <select value={String(rate)} data-testid="read-aloud-speed"
          onChange={(event) => onRate(Number((event.currentTarget as HTMLSelectElement).value))}>
          {RATES.map((r) => (
            <option key={r} value={String(r)}>{t('speedValue', number.format(r))}</option>
          ))}
        </select>
      </label>
      <p class="gloss-status" id="gloss-read-aloud-status" role="status" data-testid="read-aloud-status">
        {statusMessage(status, lang)}
      </p>
    </div>
  );
}
