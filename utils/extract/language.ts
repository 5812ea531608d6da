// Letters that only Vietnamese uses among the languages Gloss meets (ă, ơ, ư, đ and
// the tone-marked vowels of Vietnamese's own ranges). A text dense in them is Vietnamese
// even when the page forgets to say so in <html lang>.
const VIETNAMESE_LETTERS = 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
const NOT_VIETNAMESE = new RegExp(`[^${VIETNAMESE_LETTERS}${VIETNAMESE_LETTERS.toUpperCase()}]+`, 'g');
const NOT_LETTER = /\P{L}+/gu;
const ASCII = /[\0-\x7f]+/g;
const NOT_LATIN = /[^A-Za-z]+/g;
const NOT_HIGH_SURROGATE = /[^\ud800-\udbff]+/g;

export function detectLanguageFromText(text: string): string | null {
  // Counted by deleting what is not counted: the regex engine does the per-character work (a
  // per-character loop in script ran in the interpreter on every new page), and no array of
  // matches is built. Letters beyond ASCII are picked out before the (slower) Unicode class runs.
  const sample = text.length > 5000 ? text.slice(0, 5000) : text;
  const latin = sample.replace(NOT_LATIN, '').length;
  const others = sample.replace(ASCII, '').replace(NOT_LETTER, '');
  // Astral letters (a surrogate pair) count once, as one code point.
  const letters = latin + others.length - others.replace(NOT_HIGH_SURROGATE, '').length;
  if (letters < 20) return null;
  const vietnamese = others.replace(NOT_VIETNAMESE, '').length;
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
