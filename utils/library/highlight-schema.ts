/**
 * A highlight on a saved article, anchored the W3C Web Annotation way: a text-quote selector
 * (exact + prefix/suffix) and a text-position selector (offsets in the article's textContent).
 * The quote is what re-anchors after the extraction changes; the position is a hint. A highlight
 * that no longer anchors keeps its quote and note (it is listed, never dropped).
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** W3C TextQuoteSelector without its `type`. */
export interface TextQuote { exact: string; prefix: string; suffix: string }
/** W3C TextPositionSelector without its `type`: [start, end) in the article text. */
export interface TextPosition { start: number; end: number }

export interface Highlight {
  id: string; // unique within its article (newHighlightId)
  color: HighlightColor;
  note: string; // '' when none
  quote: TextQuote;
  position: TextPosition;
  created: number; // epoch ms
  updated: number; // epoch ms, last change of colour or note
}

/** The fields a highlight edit may change. */
export type HighlightPatch = Partial<Pick<Highlight, 'color' | 'note' | 'quote' | 'position'>>;

/** A fresh id: time + randomness, so two tabs highlighting at once never clash. */
export function newHighlightId(now = Date.now()): string {
  return `h${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export interface HighlightIssue { path: string; message: string }
type Loose = Record<string, unknown>;

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * One highlight, repaired where it can be (a missing note, a colour this version does not know,
 * a broken position) and rejected (null) only when there is no quote to show. `fix` is told each repair.
 */
export function validateHighlight(input: unknown, path: string, fix: (issue: HighlightIssue) => void, index = 0): Highlight | null {
  const h = input as Loose | null;
  if (!h || typeof h !== 'object' || Array.isArray(h)) { fix({ path, message: 'not a highlight object' }); return null; }
  const q = (h.quote ?? {}) as Loose;
  if (typeof q.exact !== 'string' || q.exact === '') { fix({ path: `${path}.quote.exact`, message: 'missing quote' }); return null; }
  const s = (k: 'prefix' | 'suffix'): string => {
    if (typeof q[k] === 'string') return q[k] as string;
    if (q[k] !== undefined) fix({ path: `${path}.quote.${k}`, message: 'not a string' });
    return '';
  };
  const created = isTime(h.created) ? h.created : (fix({ path: `${path}.created`, message: 'not a time' }), 0);
  const p = (h.position ?? {}) as Loose;
  let position: TextPosition;
  if (isOffset(p.start) && isOffset(p.end) && p.end >= p.start) position = { start: p.start, end: p.end };
  else {
    fix({ path: `${path}.position`, message: 'not {start, end} offsets' });
    position = { start: 0, end: 0 }; // unknown: anchoring falls back on the quote alone
  }
  return {
    id: typeof h.id === 'string' && h.id !== '' ? h.id : (fix({ path: `${path}.id`, message: 'missing' }), `h-repaired-${created}-${index}`),
    color: HIGHLIGHT_COLORS.includes(h.color as HighlightColor) ? (h.color as HighlightColor)
      : (fix({ path: `${path}.color`, message: `not one of ${HIGHLIGHT_COLORS.join(', ')}` }), 'yellow'),
    note: typeof h.note === 'string' ? h.note : (h.note != null && fix({ path: `${path}.note`, message: 'not a string' }), ''),
    quote: { exact: q.exact, prefix: s('prefix'), suffix: s('suffix') },
    position,
    created,
    updated: isTime(h.updated) ? h.updated : (h.updated !== undefined && fix({ path: `${path}.updated`, message: 'not a time' }), created),
  };
}

/** A list of highlights: bad entries repaired or dropped (reported), duplicate ids keep the last. */
export function validateHighlights(input: unknown, path: string, fix: (issue: HighlightIssue) => void): Highlight[] {
  if (!Array.isArray(input)) {
    if (input !== undefined) fix({ path, message: 'not an array' });
    return [];
  }
  const byId = new Map<string, Highlight>();
  input.forEach((value, i) => {
    const h = validateHighlight(value, `${path}[${i}]`, fix, i);
    if (!h) return;
    if (byId.has(h.id)) fix({ path: `${path}[${i}].id`, message: 'duplicate id' });
    byId.set(h.id, h);
  });
  return [...byId.values()];
}
