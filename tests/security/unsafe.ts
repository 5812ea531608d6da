/**
 * What must never appear in HTML that Gloss renders from a page: a structural check on a
 * parsed tree (never a regex over markup — escaped text may legitimately read "onerror=").
 *
 * `allowControls` is for Gloss's own UI (popup, reader chrome) around page-derived text: it has
 * buttons, inputs, selects, a note box (the highlights' editor) and inline styles of its own.
 *
 * Self-contained on purpose (no imports, no outer references): the e2e tests hand it to
 * page.evaluate() to check the live reader views with the very same rules.
 */
export function findUnsafe(root: ParentNode, allowControls = false): string[] {
  // Gloss's own UI around the page's content has buttons, inputs, selects and a note box of its own.
  const CONTROLS = new Set(['button', 'input', 'select', 'option', 'textarea']);
  const FORBIDDEN_TAGS = new Set([
    'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'portal', 'slot',
    'svg', 'math', 'xmp', 'noembed', 'noframes', 'plaintext', 'isindex', 'param', 'animate', 'set',
    'foreignobject', 'mglyph', 'malignmark', 'use', 'image', 'handler', 'listener',
  ]);
  const FORBIDDEN_ATTRS = new Set(['srcdoc', 'formaction', 'action', 'style', 'xmlns', 'is', 'ping', 'target']);
  const URL_ATTRS = new Set([
    'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'longdesc',
    'codebase', 'dynsrc', 'lowsrc', 'manifest', 'icon', 'profile', 'usemap', 'itemtype', 'values', 'from', 'to', 'by',
  ]);
  const problems: string[] = [];
  const scheme = (value: string) =>
    // What the URL parser sees: leading C0 controls and spaces go, tabs and newlines vanish anywhere.
    // eslint-disable-next-line no-control-regex
    value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
  const badUrl = (tag: string, name: string, value: string) => {
    const v = scheme(value);
    if (/^(javascript|vbscript|livescript|mocha|jar|filesystem|blob):/.test(v)) return true;
    if (v.startsWith('data:')) return !(tag === 'img' && name === 'src' && v.startsWith('data:image/')) ;
    return false;
  };
  const all = root.querySelectorAll('*');
  for (const el of Array.from(all)) {
    const tag = el.localName.toLowerCase();
    const where = `<${tag}>`;
    if (FORBIDDEN_TAGS.has(tag) && !(allowControls && CONTROLS.has(tag))) problems.push(`${where} element`);
    if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`${where} in ${el.namespaceURI}`);
    if ((el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot && tag !== 'gloss-reader') problems.push(`${where} with a shadow root`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${where} ${name}=`);
      else if (FORBIDDEN_ATTRS.has(name) && !(allowControls && name === 'style')) problems.push(`${where} ${name}=`);
      else if (URL_ATTRS.has(name) && badUrl(tag, name, attr.value)) problems.push(`${where} ${name}="${attr.value.slice(0, 60)}"`);
      else if (name === 'srcset' && attr.value.split(',').some((part) => badUrl(tag, 'srcset', part.trim()))) {
        problems.push(`${where} srcset="${attr.value.slice(0, 60)}"`);
      } else if (name === 'http-equiv') problems.push(`${where} http-equiv=`);
    }
  }
  return problems;
}
