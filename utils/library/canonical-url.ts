/**
 * Canonical form of an article URL. Two links to the same article (one from a
 * newsletter with utm_* tags, one shared on Facebook with fbclid) must map to
 * the same saved record, so the canonical URL is what ids are derived from.
 */

/** Click ids / campaign tags that never change which document is served. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid',
  'twclid', 'ttclid', 'li_fat_id', 'igshid', 'igsh', 'mc_eid', 'mc_cid',
  '_hsenc', '_hsmi', 'mkt_tok', 'oly_enc_id', 'oly_anon_id', 'vero_id', 'vero_conv',
  '_ga', '_gl', 'ncid', 'spm',
]);

function isTrackingParam(rawKey: string): boolean {
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    key = rawKey.toLowerCase(); // malformed %-escape: compare the raw text
  }
  return key.startsWith('utm_') || TRACKING_PARAMS.has(key);
}

/**
 * Returns the canonical URL, or throws TypeError for non-http(s) / unparsable input.
 * The query is filtered as raw text (not via URLSearchParams) so surviving
 * parameters keep their exact order and encoding; re-serialising through
 * URLSearchParams would turn %20 into + and could change what the server sees.
 * Idempotent: canonicalUrl(canonicalUrl(u)) === canonicalUrl(u).
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input.trim()); // throws TypeError on garbage
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Unsupported URL scheme: ${url.protocol}`);
  }
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const query = url.search.replace(/^\?/, '');
  const kept = query
    .split('&')
    .filter((part) => part !== '' && !isTrackingParam(part.split('=')[0]));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  // URL keeps a bare "#" / "?" in href when set to '' on some engines: strip defensively — but only
  // then: a kept parameter may itself end in "?" ("?a&?"), and stripping it would not be idempotent.
  return kept.length ? url.href : url.href.replace(/[?#]+$/, '');
}

/** True when `input` can be canonicalised (http/https, parsable). */
export function isSaveableUrl(input: string): boolean {
  try {
    canonicalUrl(input);
    return true;
  } catch {
    return false;
  }
}
