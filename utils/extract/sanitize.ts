import DOMPurify from 'dompurify';

/**
 * The one place where page HTML becomes HTML we render. Page content is hostile:
 * no scripts, no handlers, no forms, no frames, no `javascript:` URLs, no SVG or
 * MathML (their parsing quirks are where mutation-XSS lives).
 */
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option',
  'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template',
  'dialog', 'portal', 'slot',
];
const FORBID_ATTR = ['style', 'class', 'id', 'srcdoc', 'formaction', 'action', 'ping', 'target', 'name'];

const purifiers = new WeakMap<Window, ReturnType<typeof DOMPurify>>();

function purifierFor(win: Window) {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Links leave the reader in a new context and never tell the site where they came from.
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  // http(s), mailto, tel and relative URLs only; images may also be inline data.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

export function sanitizeArticleHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, CONFIG) as string;
}

/** The same sanitising, returning the sanitised fragment, so text can be read without parsing the HTML again. */
export function sanitizeArticleFragment(html: string, win: Window): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}
