/**
 * Put one of Gloss's own elements in the browser's top layer, above everything the page stacks —
 * also what it adds later: a fixed overlay with the highest z-index, inserted after ours, still
 * paints below (z-index orders boxes within the page's stacking contexts; the top layer is above
 * all of them, and above a page's `transform` or `filter`, which would otherwise trap a fixed box).
 *
 * A manual popover rather than a modal <dialog>: `showModal()` would make the whole page inert and
 * close the page's own open popovers — visible changes to a page we promise to give back exactly —
 * and a manual popover is never closed by the browser (no light dismiss, no Escape of its own), so
 * closing stays with the reader's own Escape handler and close button. Works inside a shadow root.
 * Chromium 114+, Firefox 125+ (ESR 128+), Safari 17+.
 *
 * Returns false where popovers are not supported: the caller keeps its z-index stacking then.
 */
export function raiseToTopLayer(el: HTMLElement): boolean {
  if (typeof el.showPopover !== 'function' || !el.isConnected) return false;
  el.setAttribute('popover', 'manual');
  try {
    el.showPopover();
    return true;
  } catch {
    // Not shown (e.g. its document is not fully active): as if unsupported.
    el.removeAttribute('popover');
    return false;
  }
}

/** Whether `el` is currently shown in the top layer by raiseToTopLayer. */
export function isInTopLayer(el: Element): boolean {
  try {
    return el.matches(':popover-open');
  } catch {
    // A browser that does not know the pseudo-class has no popovers.
    return false;
  }
}
