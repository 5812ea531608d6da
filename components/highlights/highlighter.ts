import { t } from '@/utils/i18n';
import { anchor, describeRange } from '@/utils/highlights/anchor';
import { unwrap, wrapRange } from '@/utils/highlights/wrap';
import { newHighlightId, type Highlight, type HighlightColor, type HighlightPatch } from '@/utils/library/highlight-schema';
import type { HighlightStore } from '@/utils/highlights/saved-store';
import { clearSelection, selectedRangeIn } from './selection';
import { createSelectionToolbar } from './toolbar';
import { createHighlightEditor } from './editor';
import { createHighlightNotices } from './notices';

export interface HighlighterOptions {
  highlights: readonly Highlight[];
  store: HighlightStore;
  /** For "copy as quote". */
  source: () => { title: string; url: string };
}

export interface ReaderParts { root: HTMLElement; frame: HTMLElement; body: HTMLElement }

/**
 * Highlights and notes in the reader: select text → toolbar; click a highlight → editor; each
 * highlight painted as `mark[data-testid=highlight][data-highlight-id]` (one per text node it
 * covers). One that no longer anchors in the article is listed under it with its quote.
 * `repaint()` paints them again after the article body was rebuilt.
 */
export function mountHighlighter(parts: ReaderParts, options: HighlighterOptions) {
  const { frame, body } = parts;
  const doc = body.ownerDocument;
  const highlights = new Map(options.highlights.map((h) => [h.id, { ...h }]));
  const marks = new Map<string, HTMLElement[]>();
  const notices = createHighlightNotices(parts.root, frame);

  const makeMark = (h: Highlight) => () => {
    const mark = doc.createElement('mark');
    mark.dataset.testid = 'highlight';
    mark.dataset.highlightId = h.id;
    mark.className = `gloss-hl gloss-hl-${h.color}`;
    if (h.note) mark.dataset.note = '';
    return mark;
  };
  function paint(h: Highlight, range: Range | null): boolean {
    if (!range) return false;
    const made = wrapRange(range, makeMark(h));
    if (!made.length) return false;
    // One stop per highlight for keyboard users: its first piece.
    made[0].tabIndex = 0;
    made[0].setAttribute('aria-label', h.note ? t('highlightWithNote', h.note) : t('highlightLabel'));
    marks.set(h.id, made);
    return true;
  }
  function erase(id: string) {
    unwrap(marks.get(id) ?? []);
    marks.delete(id);
  }
  function refreshMarks(h: Highlight) {
    const made = marks.get(h.id) ?? [];
    for (const m of made) {
      m.className = `gloss-hl gloss-hl-${h.color}`;
      if (h.note) m.dataset.note = '';
      else delete m.dataset.note;
    }
    made[0]?.setAttribute('aria-label', h.note ? t('highlightWithNote', h.note) : t('highlightLabel'));
  }
  function repaint() {
    for (const id of [...marks.keys()]) marks.delete(id);
    // In document order, so nested painting never splits a mark made a moment ago.
    const lost: Highlight[] = [];
    for (const h of [...highlights.values()].sort((a, b) => a.position.start - b.position.start)) {
      if (!paint(h, anchor(body, h))) lost.push(h);
    }
    notices.orphans(lost, (id) => void removeWithUndo(id));
  }

  const toolbar = createSelectionToolbar(frame, {
    highlight: (color) => void create(color, false),
    note: () => void create(toolbar.color, true),
    copy: () => void copyQuote(),
  });
  const editor = createHighlightEditor(frame, {
    note: (id, note) => void change(id, { note }),
    color: (id, color) => void change(id, { color }),
    remove: (id) => void removeWithUndo(id),
    closed: () => undefined,
  });

  async function create(color: HighlightColor, thenEdit: boolean) {
    const range = selectedRangeIn(body);
    if (!range) return;
    const now = Date.now();
    const h: Highlight = { id: newHighlightId(now), color, note: '', ...describeRange(body, range), created: now, updated: now };
    clearSelection(body);
    toolbar.hide();
    highlights.set(h.id, h);
    paint(h, range);
    if (thenEdit && marks.get(h.id)) editor.open(h, marks.get(h.id)![0], true);
    if (!(await options.store.add(h))) {
      editor.drop(h.id);
      highlights.delete(h.id);
      erase(h.id);
      notices.say(t('highlightFailed'));
    }
  }

  async function change(id: string, patch: HighlightPatch) {
    const h = highlights.get(id);
    if (!h) return;
    Object.assign(h, patch);
    refreshMarks(h);
    if (!(await options.store.update(id, patch))) notices.say(t('highlightFailed'));
  }

  async function removeWithUndo(id: string) {
    editor.drop(id);
    const had = highlights.get(id);
    highlights.delete(id);
    erase(id);
    const removed = (await options.store.remove(id)) ?? had;
    if (!removed) return;
    repaintOrphans();
    notices.say(t('highlightDeleted'), async () => {
      highlights.set(removed.id, { ...removed });
      if (!paint(removed, anchor(body, removed))) repaintOrphans();
      if (!(await options.store.add(removed))) notices.say(t('highlightFailed'));
    });
  }
  const repaintOrphans = () => notices.orphans([...highlights.values()].filter((h) => !marks.has(h.id)), (id) => void removeWithUndo(id));

  async function copyQuote() {
    const range = selectedRangeIn(body);
    if (!range) return;
    const { title, url } = options.source();
    const text = `> ${range.toString().trim().replace(/\s*\n\s*/g, '\n> ')}\n\n— ${title}, ${url}`;
    try {
      await navigator.clipboard.writeText(text);
      notices.say(t('highlightCopied'));
    } catch {
      notices.say(t('highlightCopyFailed'));
    }
    toolbar.hide();
  }

  const markOf = (target: EventTarget | null) => {
    const mark = (target as Element | null)?.closest?.('mark[data-highlight-id]') as HTMLElement | null;
    return mark && body.contains(mark) ? mark : null;
  };
  const openFor = (mark: HTMLElement) => {
    const h = highlights.get(mark.dataset.highlightId!);
    const first = marks.get(mark.dataset.highlightId!)?.[0];
    if (h && first) editor.open(h, first);
  };
  const onPointerUp = () => {
    // After the browser has settled the selection this gesture made.
    setTimeout(() => {
      const range = selectedRangeIn(body);
      if (range) toolbar.showAt(range.getBoundingClientRect());
      else toolbar.hide();
    }, 0);
  };
  const onClick = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (mark && !selectedRangeIn(body)) openFor(mark);
  };
  const onKeydown = (event: KeyboardEvent) => {
    const mark = markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      openFor(mark);
    }
  };
  const onSelectionChange = () => {
    if (toolbar.visible && !selectedRangeIn(body)) toolbar.hide();
  };
  body.addEventListener('mouseup', onPointerUp);
  body.addEventListener('keyup', onPointerUp);
  body.addEventListener('click', onClick);
  body.addEventListener('keydown', onKeydown);
  doc.addEventListener('selectionchange', onSelectionChange);

  repaint();
  return {
    repaint,
    /** Highlights as they stand (for lists and tests). */
    list: () => [...highlights.values()],
    destroy() {
      body.removeEventListener('mouseup', onPointerUp);
      body.removeEventListener('keyup', onPointerUp);
      body.removeEventListener('click', onClick);
      body.removeEventListener('keydown', onKeydown);
      doc.removeEventListener('selectionchange', onSelectionChange);
      editor.remove();
      toolbar.remove();
      notices.remove();
    },
  };
}

export type Highlighter = ReturnType<typeof mountHighlighter>;
