import DOMPurify from 'dompurify';
import { DROPPED } from './unsanitised.ts';

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

interface Purifiers {
  /** Strings and fragments: the config is passed with each call. */
  purifier: ReturnType<typeof DOMPurify>;
  /** In place, with its config set once (parsing the config on every call costs a pass of its own). */
  inPlace: ReturnType<typeof DOMPurify>;
  /** One pass is not enough in this DOM (happy-dom): repeat until nothing changes. */
  repeat: boolean;
  /** Where `repeat`: tag names (upper case) DOMPurify keeps as elements, learnt from DOMPurify itself. */
  keeps: Map<string, boolean>;
}
const purifiers = new WeakMap<Window, Purifiers>();

/** Passes allowed where one is not enough (see purifierFor); past that, nothing is returned. */
const MAX_PASSES = 200;

function newPurifier(win: Window) {
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // Links leave the reader in a new context and never tell the site where they came from.
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

function purifierFor(win: Window): Purifiers {
  let entry = purifiers.get(win);
  if (!entry) {
    fixNodeName(win);
    const purifier = newPurifier(win);
    const inPlace = newPurifier(win);
    inPlace.setConfig({ ...CONFIG, IN_PLACE: true });
    // DOMPurify assumes a browser-grade DOM. happy-dom (the CLI's and the unit tests') is not one:
    // its NodeIterator stops after a removed node, so one pass leaves everything after the first
    // removed element unsanitised (capricorn86/happy-dom#1629; DOMPurify's README calls happy-dom
    // unsafe). Probe once per window; where one pass is not enough, repeat until nothing changes.
    // (No event handler in the probe: parsing one in an extension page already trips its CSP.)
    const probe = purifier.sanitize('<b>a</b><script>x</script><i name="n">b</i>', CONFIG) as string;
    entry = { purifier, inPlace, repeat: probe !== '<b>a</b><i>b</i>', keeps: new Map() };
    purifiers.set(win, entry);
  }
  return entry;
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
  const { purifier, repeat } = purifierFor(win);
  let clean = purifier.sanitize(html, CONFIG) as string;
  if (!repeat) return clean;
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = purifier.sanitize(clean, CONFIG) as string;
    if (again === clean) return clean;
    clean = again;
  }
  return '';
}

/**
 * Sanitise into a fresh `<div>` of `doc`, returning it with its HTML. The working copy is
 * sanitised where it stands (DOMPurify's IN_PLACE mode): no serialise → parse → serialise round
 * trip, which cost more than the whole clean-up. The HTML that leaves here is never rendered as
 * it is: every sink (utils/safe-html.ts) sanitises it again from the string, which is where
 * mutation-XSS defences must act. Where one pass is not enough (happy-dom, see purifierFor),
 * passes repeat until one removes nothing.
 */
export function sanitizeArticleInto(root: Element, win: Window, doc: Document): { container: HTMLElement; html: string } {
  const { purifier, inPlace, repeat, keeps } = purifierFor(win);
  if (repeat) dropWhatPurifyDrops(root, (el) => keptByPurify(purifier, keeps, el));
  const container = doc.createElement('div');
  container.append(...Array.from(root.childNodes));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    inPlace.sanitize(container);
    if (!repeat || inPlace.removed.length === 0) return { container, html: container.innerHTML };
  }
  return { container: doc.createElement('div'), html: '' };
}

/** Elements DOMPurify replaces by their content (forbidden here, or custom elements: any name with a dash). */
const UNWRAPPED = new Set(['FORM', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'OBJECT', 'APPLET', 'DIALOG', 'PORTAL', 'SLOT']);

/**
 * Whether DOMPurify keeps an element of this name (else it unwraps or drops it): asked of DOMPurify
 * itself, once per tag name, on an empty element of that name. Unknown names (`<o:p>`, `<foo>`)
 * are unwrapped; left to DOMPurify under happy-dom, each costs an in-place round, and past eight
 * rounds DOMPurify refuses the whole tree ("the tree kept changing").
 */
function keptByPurify(purifier: Purifiers['purifier'], keeps: Map<string, boolean>, el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  let kept = keeps.get(tag);
  if (kept === undefined) {
    // Empty: a void element (<br>, <hr>) with text in it is not one DOMPurify would see.
    // DOMPurify refuses some lone elements (<body>, <html>): those are left to it, as before.
    try { kept = (purifier.sanitize(el.ownerDocument.createElement(tag.toLowerCase()), CONFIG) as string).startsWith('<'); } catch { kept = true; }
    keeps.set(tag, kept);
  }
  return kept;
}

/**
 * Do to our own working copy what DOMPurify would do anyway: remove comments and the elements
 * above, unwrap the others and those it does not keep (`kept`). DOMPurify still sanitises the
 * result; but where one pass is not enough (each pass stops at the first removed node) this saves
 * a pass per such node. In a browser one pass is enough, and this would only walk the tree once more.
 */
function dropWhatPurifyDrops(root: Element, kept: (el: Element) => boolean): void {
  const doomed: Node[] = [];
  const unwrap: Element[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 8 || child.nodeType === 7) doomed.push(child);
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (DROPPED.has(tag)) { doomed.push(child); continue; }
        if (UNWRAPPED.has(tag) || tag.includes('-') || !kept(child as Element)) unwrap.push(child as Element);
        walk(child);
      }
    }
  };
  walk(root);
  for (const node of doomed) node.parentNode?.removeChild(node);
  // Innermost first, so every element is unwrapped where it stands.
  for (let i = unwrap.length - 1; i >= 0; i--) unwrap[i].replaceWith(...unwrap[i].childNodes);
}

/**
 * happy-dom's Node.prototype.nodeName getter returns '' for every node (subclasses override it),
 * and DOMPurify reads names through that very getter (anti-clobbering): every element looks
 * nameless and is dropped (capricorn86/happy-dom#2182). Where the getter is wrong (never in a
 * browser), make it dispatch on nodeType as the DOM standard says.
 */
function fixNodeName(win: Window): void {
  const proto = (win as unknown as { Node?: typeof Node }).Node?.prototype;
  const own = proto && Object.getOwnPropertyDescriptor(proto, 'nodeName');
  if (!proto || !own?.get || own.get.call(win.document.createElement('p')) === 'P') return;
  Object.defineProperty(proto, 'nodeName', {
    ...own,
    get(this: Node): string {
      switch (this.nodeType) {
        case 1: return (this as Element).tagName;
        case 2: return (this as Attr).name;
        case 3: return '#text';
        case 4: return '#cdata-section';
        case 7: return (this as ProcessingInstruction).target;
        case 8: return '#comment';
        case 9: return '#document';
        case 10: return (this as DocumentType).name;
        case 11: return '#document-fragment';
        default: return '';
      }
    },
  });
}
