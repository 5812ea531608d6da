import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import {
  FONTS, FONT_STACKS, THEMES, stepSetting, type RANGES, type ReaderSettings,
} from '@/utils/reader-settings';
import { t, uiLanguage } from '@/utils/i18n';
import { READER_SETTINGS_KEY } from '@/utils/reader-settings-store';
import { ReadAloudControls } from './ReadAloudControls';
import { SyncNotice } from './SyncNotice';

interface Props {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
  /** The reader root: its scroll drives the progress bar; read-aloud finds the article in it. */
  readerRef: RefObject<HTMLElement | null>;
  lang: string;
  /** Let the reader point at the article on the page themselves (only over a live page). */
  onPick?: () => void;
}

/** A labelled radio group drawn as a row of segments; arrow keys move within it, Tab moves past it. */
function Choice<T extends string>({ name, legend, options, value, label, font, onPick }: {
  name: string; legend: string; options: readonly T[]; value: T; label: (option: T) => string;
  font?: (option: T) => string; onPick: (option: T) => void;
}) {
  return (
    <fieldset class="gloss-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} data-testid={`reader-${name}-${option}`}>
          <input type="radio" name={`gloss-${name}`} value={option} checked={option === value}
            onChange={() => onPick(option)} />
          <span style={font ? { fontFamily: font(option) } : undefined}>{label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** − value + for a numeric setting; the buttons name what they do, the value is announced when it changes. */
function Stepper({ id, label, less, more, value, settings, onChange }: {
  id: Exclude<keyof typeof RANGES, 'speechRate'>; label: string; less: string; more: string;
  value: string; settings: ReaderSettings; onChange: Props['onChange'];
}) {
  const step = (direction: 1 | -1) => onChange({ [id]: stepSetting(settings, id, direction) });
  return (
    <div class="gloss-stepper" role="group" aria-labelledby={`gloss-${id}-label`}>
      <span id={`gloss-${id}-label`}>{label}</span>
      <button type="button" class="gloss-button" aria-label={less} title={less}
        data-testid={`reader-${id}-less`} onClick={() => step(-1)}>−</button>
      <output aria-live="polite">{value}</output>
      <button type="button" class="gloss-button" aria-label={more} title={more}
        data-testid={`reader-${id}-more`} onClick={() => step(1)}>+</button>
    </div>
  );
}

function SettingsPanel({ settings, onChange }: Pick<Props, 'settings' | 'onChange'>) {
  const number = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 });
  const themeLabels = { light: t('themeLight'), sepia: t('themeSepia'), dark: t('themeDark'), auto: t('themeAuto') };
  const fontLabels = { serif: t('fontSerif'), sans: t('fontSans'), system: t('fontSystem') };
  const common = { settings, onChange };
  return (
    <div class="gloss-settings-panel" id="gloss-settings-panel" data-testid="reader-settings">
      <Choice name="theme" legend={t('settingsTheme')} options={THEMES} value={settings.theme}
        label={(theme) => themeLabels[theme]} onPick={(theme) => onChange({ theme })} />
      <Choice name="font" legend={t('settingsFont')} options={FONTS} value={settings.font}
        label={(font) => fontLabels[font]} font={(font) => FONT_STACKS[font]} onPick={(font) => onChange({ font })} />
      <Stepper id="fontSize" label={t('settingsFontSize')} less={t('fontSizeLess')}
        more={t('fontSizeMore')} value={t('pixels', number.format(settings.fontSize))} {...common} />
      <Stepper id="lineHeight" label={t('settingsLineHeight')} less={t('lineHeightLess')}
        more={t('lineHeightMore')} value={number.format(settings.lineHeight)} {...common} />
      <Stepper id="contentWidth" label={t('settingsWidth')} less={t('widthLess')}
        more={t('widthMore')} value={t('pixels', number.format(settings.contentWidth))} {...common} />
      <label class="gloss-check" data-testid="reader-spell-out">
        <input type="checkbox" checked={settings.spellOutFirstUse}
          onChange={(event) => onChange({ spellOutFirstUse: (event.currentTarget as HTMLInputElement).checked })} />
        <span>{t('settingsSpellOut')}</span>
      </label>
      <SyncNotice syncKey={READER_SETTINGS_KEY} class="gloss-sync-notice" />
    </div>
  );
}

/** How far through the article the reader is: the overlay scrolls itself, the reader page scrolls the window. */
function ProgressBar({ readerRef }: { readerRef: RefObject<HTMLElement | null> }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = readerRef.current;
    if (!root) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const own = root.scrollHeight > root.clientHeight + 1;
      const page = document.scrollingElement ?? document.documentElement;
      const range = own ? root.scrollHeight - root.clientHeight : page.scrollHeight - window.innerHeight;
      const top = own ? root.scrollTop : window.scrollY;
      const progress = range > 0 ? Math.min(1, Math.max(0, top / range)) : 1;
      bar.current?.style.setProperty('--gloss-progress', String(progress));
      bar.current?.setAttribute('aria-valuenow', String(Math.round(progress * 100)));
    };
    // At most one update a frame, however fast the scroll events come.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const targets: EventTarget[] = [root, window];
    for (const target of targets) target.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Images loading or a new font size change the article's height without any scroll.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    observer?.observe(root.querySelector('.gloss-page') ?? root);
    update();
    return () => {
      cancelAnimationFrame(frame);
      for (const target of targets) target.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer?.disconnect();
    };
  }, []);
  return (
    <div class="gloss-progress" ref={bar} role="progressbar" aria-label={t('readingProgress')}
      aria-valuemin={0} aria-valuemax={100} aria-valuenow={0} data-testid="reading-progress" />
  );
}

/**
 * The reader's toolbar controls: display settings (a disclosure), read aloud, pick; the progress bar
 * along the toolbar's foot. They render inside the toolbar bar of components/reader-shell.ts (which
 * holds the close button, so the reader can be closed from its first paint on).
 */
export function ReaderToolbar({ settings, onChange, readerRef, lang, onPick }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div class="gloss-settings">
        {/* The panel follows its button in the DOM, so Tab goes from the button into the panel. */}
        <button type="button" class="gloss-button" aria-expanded={open} aria-controls="gloss-settings-panel"
          data-testid="reader-settings-toggle" onClick={() => setOpen(!open)}>
          {t('readerSettings')}
        </button>
        {open && <SettingsPanel settings={settings} onChange={onChange} />}
      </div>
      <ReadAloudControls readerRef={readerRef} lang={lang} rate={settings.speechRate}
        onRate={(speechRate) => onChange({ speechRate })} />
      {onPick && (
        <button type="button" class="gloss-button" data-testid="pick-article" onClick={onPick}>{t('pickArticle')}</button>
      )}
      <ProgressBar readerRef={readerRef} />
    </>
  );
}
