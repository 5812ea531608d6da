/**
 * Where happy-dom's parser loses a page that browsers read whole, for the evaluation harness only
 * (the extension runs on the browser's own DOM). A <style> inside <svg> (icon sprites) makes
 * happy-dom 21 drop everything after it; a browser renders no text for it, so it is removed
 * before parsing. `parsedShare` tells a page that happy-dom still truncates from one it reads.
 */
const SVG = /<svg\b[\s\S]*?<\/svg>/gi;
const STYLE = /<style\b[\s\S]*?<\/style>/gi;

export function withoutSvgStyles(html: string): { html: string; repaired: number } {
  let repaired = 0;
  const out = html.replace(SVG, (svg) => svg.replace(STYLE, () => { repaired++; return ''; }));
  return { html: out, repaired };
}

/** The page's text as a tag-stripping regex sees it: a yardstick for what a parser should find. */
export function roughText(html: string): string {
  const body = /<body\b[\s\S]*/i.exec(html)?.[0] ?? html;
  return body
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, 'x')
    .replace(/\s+/g, '');
}

/** Share of the rough text's non-space characters that the parsed body holds (1 when there is little text). */
export function parsedShare(html: string, bodyText: string): number {
  const rough = roughText(html).length;
  if (rough < 1000) return 1;
  return Math.min(1, bodyText.replace(/\s+/g, '').length / rough);
}
