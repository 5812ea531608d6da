/** Choosing a speech voice for a language. Pure: takes whatever getVoices() returned. */

/** The fields of SpeechSynthesisVoice that the choice looks at. */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

/** "vi_VN", "VI-vn" → "vi-vn" (Android reports underscores; case varies by platform). */
function normalizeLang(lang: string): string {
  return lang.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * The best voice for `lang`, or null when none speaks it — a voice for another language would
 * read Vietnamese as gibberish, so the caller says so instead of reading.
 * Exact match first ("en-US" for en-US), then a voice for the bare language ("en"), then any
 * region of it ("en-GB"). Network voices (localService false) are never used: they would send
 * the article's text to a speech service, and Gloss sends nothing anywhere. Within a rank: the
 * system default, then the order the platform gave.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string | null | undefined): V | null {
  const want = normalizeLang(lang ?? '');
  const primary = want.split('-')[0];
  if (!primary) return null;
  const rank = (voice: V) => {
    const have = normalizeLang(voice.lang ?? '');
    if (!have) return 0;
    if (have === want) return 3;
    if (have === primary) return 2;
    return have.split('-')[0] === primary ? 1 : 0;
  };
  let best: V | null = null;
  let bestScore = 0;
  for (const voice of voices) {
    const r = rank(voice);
    if (r === 0 || voice.localService === false) continue;
    const score = r * 4 + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/** "vi" → "Vietnamese" (or "Tiếng Việt" in a Vietnamese UI), for messages; the code itself if unknown. */
export function languageName(lang: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
