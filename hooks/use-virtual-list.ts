import { useLayoutEffect, useReducer, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';

/**
 * @tanstack/virtual-core bound to a Preact component (what @tanstack/react-virtual does for React):
 * only the rows in view (plus `overscan`) are in the DOM, so 5,000 articles cost as much to render
 * as 20. Rows have one fixed height: the list never measures them (no layout reads while scrolling).
 */
export function useVirtualList(count: number, scroller: RefObject<HTMLElement | null>, rowHeight: number, overscan = 6) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    overscan,
    // Before the scroller is measured, assume a window-high view so the first frame already has rows.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight },
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions({ ...virtualizer.options, ...options });
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
