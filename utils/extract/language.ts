// Letters that only Vietnamese uses among the languages Gloss meets (ă, ơ, ư, đ and
// the tone-marked vowels of Vietnamese's own ranges). A text dense in them is Vietnamese
// even when the page forgets to say so in <html lang>.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

export function detectLanguageFromText(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (vietnamese / letters > 0.03) return 'vi';
  const latin = sample.match(/[a-z]/gi)?.length ?? 0;
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
