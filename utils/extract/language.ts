// Letters that only Vietnamese uses among the languages Gloss meets (ă, ơ, ư, đ and
// the tone-marked vowels of Vietnamese's own ranges). A text dense in them is Vietnamese
// even when the page forgets to say so in <html lang>.
const VIETNAMESE = new Set([...'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ'].flatMap((c) => [c, c.toUpperCase()]));
const LETTER = /\p{L}/u;
/** Whether a non-ASCII character is a letter, remembered (a text repeats few distinct ones). */
const isLetter = new Map<string, boolean>();

export function detectLanguageFromText(text: string): string | null {
  // One pass counting letters, Vietnamese letters and ASCII letters (three regex matches over the
  // sample built three arrays of up to 5,000 strings).
  const end = Math.min(text.length, 5000);
  let letters = 0, vietnamese = 0, latin = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) { letters++; latin++; }
      continue;
    }
    // Astral letters (a surrogate pair) count once, as one code point.
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < end;
    const ch = wide ? text.slice(i, i + 2) : text[i];
    if (wide) i++;
    let letter = isLetter.get(ch);
    if (letter === undefined) {
      letter = LETTER.test(ch);
      if (isLetter.size < 10000) isLetter.set(ch, letter);
    }
    if (!letter) continue;
    letters++;
    if (VIETNAMESE.has(ch)) vietnamese++;
  }
  if (letters < 20) return null;
  if (vietnamese / letters > 0.03) return 'vi';
  return latin / letters > 0.9 ? 'en' : null;
}

/** The page's language: declared (html lang, metadata) and checked against the text. */
export function pageLanguage(doc: Document, text: string, metaLang: string | null = null): string | null {
  const declared =
    doc.documentElement.getAttribute('lang') ||
    metaLang ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ||
    '';
  const primary = declared.trim().split(/[-_]/)[0]?.toLowerCase() || null;
  const detected = detectLanguageFromText(text);
  // Sites often ship an English template's lang="en" over Vietnamese stories: trust the text.
  if (detected === 'vi') return 'vi';
  return primary ?? detected;
}
