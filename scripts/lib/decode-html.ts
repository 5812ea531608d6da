/**
 * Saved pages come in the encoding they were served in (test suites keep Latin-1, Shift_JIS, GBK…
 * pages byte for byte). Decode the way a browser would without the HTTP header: a byte-order mark,
 * else the charset a <meta> declares near the top, else UTF-8 when the bytes are valid UTF-8,
 * else windows-1252.
 */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  // A page that says UTF-16 in a <meta> but has no BOM is ASCII-compatible bytes: browsers read it as UTF-8.
  const decoder = declared && !declared.startsWith('utf-16') ? decoderFor(declared) : null;
  if (decoder && decoder.encoding !== 'utf-8') return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Declared UTF-8 (or nothing) but not valid: a browser keeps UTF-8 with replacement characters
    // when it was declared, and guesses a legacy encoding when it was not.
    return declared ? new TextDecoder('utf-8').decode(bytes) : new TextDecoder('windows-1252').decode(bytes);
  }
}
