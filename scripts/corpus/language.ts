/**
 * The language recorded for each page of the evaluation corpus. Order of trust: the suite's own
 * metadata; else the gold text (or the page's paragraphs) read by franc; else the page's
 * <html lang>. Sites often ship a template's lang="en" over stories in other languages, so the text
 * outranks the attribute — except where franc is known to confuse close languages, where a
 * declared member of the same group wins. Pure apart from the franc call passed in.
 */

// ISO 639-3 (franc) → the 639-1 codes pages declare. Languages franc may name that are absent here
// are recorded by their 639-3 code.
const ISO1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk',
  cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', vie: 'vi', tha: 'th', hrv: 'hr', srp: 'sr', bos: 'bs', ces: 'cs',
  slk: 'sk', hun: 'hu', fin: 'fi', swe: 'sv', nob: 'no', nno: 'no', dan: 'da', tur: 'tr', ell: 'el', ron: 'ro',
  bul: 'bg', ind: 'id', zlm: 'ms', hin: 'hi', ben: 'bn', mya: 'my', heb: 'he', pes: 'fa', cat: 'ca', slv: 'sl',
  // franc reads short English (menus, teaser lines) as Scots; no suite here holds Scots pages.
  sco: 'en',
  lit: 'lt', lvs: 'lv', ekk: 'et', glg: 'gl', eus: 'eu', afr: 'af', tgl: 'tl', urd: 'ur', tam: 'ta', tel: 'te',
};

// Groups franc tells apart poorly on short texts: a page declaring one of them keeps its declaration.
const CLOSE = [['hr', 'sr', 'bs'], ['no', 'da', 'sv'], ['id', 'ms'], ['cs', 'sk'], ['es', 'gl', 'ca'], ['pt', 'gl']];

export function iso1(code639_3: string): string | null {
  if (!code639_3 || code639_3 === 'und') return null;
  return ISO1[code639_3] ?? code639_3;
}

/** "de-AT", "de_CH", " EN " → "de", "en"; nonsense → null. */
export function primaryLanguage(declared: string | null | undefined): string | null {
  const primary = (declared ?? '').trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

export interface LanguageEvidence {
  suite?: string | null;
  /** franc's answer (639-3) on the text, or null when there was too little text to read. */
  detected?: string | null;
  declared?: string | null;
}

export function chooseLanguage(e: LanguageEvidence): { lang: string; source: 'suite' | 'text' | 'attr' } {
  if (e.suite) return { lang: e.suite, source: 'suite' };
  const detected = iso1(e.detected ?? '');
  const declared = primaryLanguage(e.declared);
  if (detected && declared && CLOSE.some((g) => g.includes(detected) && g.includes(declared))) return { lang: declared, source: 'attr' };
  if (detected) return { lang: detected, source: 'text' };
  if (declared) return { lang: declared, source: 'attr' };
  return { lang: 'und', source: 'text' };
}

const HTML_LANG = /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z_-]{2,12})/i;

export function declaredLanguage(html: string): string | null {
  return HTML_LANG.exec(html)?.[1] ?? null;
}

/**
 * The page's paragraph text, tags stripped: what the story is written in, with less of the menus'
 * template language than the whole body. Falls back to the body's text when there are no <p>.
 */
export function paragraphText(html: string, max = 4000): string {
  const clean = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ');
  const paragraphs = [...clean.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => m[1]);
  const source = paragraphs.join(' ').length > 200 ? paragraphs.join(' ') : (/<body\b[\s\S]*/i.exec(clean)?.[0] ?? clean);
  return source
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|quot|lt|gt|#\d+|#x[\da-f]+);/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}
