import { browser } from 'wxt/browser';

/** Every UI string goes through here, so the English and Vietnamese catalogues stay the only source. */
export function t(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage with the catalogue's keys; callers pass keys the locale test checks.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The UI language (for Intl formatting), e.g. "en-US" or "vi". */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string | null, locale = uiLanguage()): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // One formatter per locale: lists format a date per row, and building one is not cheap.
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}
