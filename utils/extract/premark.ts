import { DROP_ROLES, DROP_TOKENS, KEEP_TOKENS } from './data/hints.ts';

/**
 * Readability drops class and id attributes, and with them the best hints of what a block is.
 * Before it does, mark blocks whose class/id name chrome (share bars, related boxes, tag lists…)
 * with `data-gloss-drop`; the clean-up decides after Readability whether removing them is safe.
 * Runs on the clone only (see premarkBeforeClassesGo). One pass over the elements that have a class, id or role.
 */
export const DROP_ATTR = 'data-gloss-drop';

const drop = new Set(DROP_TOKENS);
const keep = new Set(KEEP_TOKENS);
const roles = new Set(DROP_ROLES);
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
/** Pages repeat the same class names a lot: remember each verdict. */
const cache = new Map<string, string | null>();

/** Tokens of a class/id value: split on separators and camelCase, lower-cased. */
export function nameTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:.]+/)
    .filter(Boolean);
}

/** Any drop word anywhere in a name: names without one (most) need no tokenising. */
const MAY_DROP = new RegExp([...drop].map((t) => t.replace(/[-]/g, '\\-')).join('|'), 'i');

/** The chrome word one class or id value names, or null. */
function valueHint(value: string): string | null {
  if (!MAY_DROP.test(value)) return null;
  const tokens = nameTokens(value);
  // Long ids are slugs of headings ("sharing-with-a-single-developer"), not names of widgets.
  if (tokens.length >= 4) return null;
  // "article-share" names a share bar; "article-body" the story. A value naming both is chrome
  // only when its chrome word comes last ("post-related"), not first ("related-post-body").
  const dropAt = tokens.findIndex((t) => drop.has(t));
  if (dropAt < 0) return null;
  const keepAt = tokens.findIndex((t) => keep.has(t));
  return keepAt > dropAt ? null : tokens[dropAt];
}

/** The first chrome word among the values of a class attribute (or an id), remembered per string. */
function namesHint(names: string): string | null {
  const cached = cache.get(names);
  if (cached !== undefined) return cached;
  let hit: string | null = null;
  for (const value of names.split(/\s+/)) {
    if (value && (hit = valueHint(value))) break;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(names, hit);
  return hit;
}

/** The chrome word a class/id/role names, or null. Exported for tests. */
export function chromeHint(el: Element): string | null {
  const role = el.getAttribute('role');
  if (role && roles.has(role)) return `role:${role}`;
  if (CHROME_TAGS.has(el.tagName)) return el.tagName.toLowerCase();
  const cls = el.getAttribute('class');
  const hit = cls ? namesHint(cls) : null;
  if (hit) return hit;
  const id = el.getAttribute('id');
  return id ? namesHint(id) : null;
}

/** Mark chrome under `root`: what Readability kept, a declared container copied from the page, or a forced page's body. */
export function premarkChrome(root: Element): void {
  for (const el of root.querySelectorAll('[class], [id], [role], nav, aside, footer')) {
    const hint = chromeHint(el);
    if (hint) el.setAttribute(DROP_ATTR, hint);
  }
}

/**
 * Mark chrome in what Readability keeps, just before it strips the class attributes: its last
 * step (`_postProcessContent`) runs on the chosen story, a few hundred elements where the page
 * has thousands, and before it collapses nested wrappers (copying a wrapper's class over its
 * only child's). Readability has no public hook there; with a version that lacks the method,
 * the whole page is marked before parsing instead (same marks, more work).
 */
export function premarkBeforeClassesGo(reader: object, doc: Document): void {
  const internals = reader as { _postProcessContent?: (article: Element) => void };
  const postProcess = internals._postProcessContent;
  if (typeof postProcess !== 'function') {
    if (doc.body) premarkChrome(doc.body);
    return;
  }
  internals._postProcessContent = function (this: unknown, article: Element) {
    premarkChrome(article);
    return postProcess.call(this, article);
  };
}
