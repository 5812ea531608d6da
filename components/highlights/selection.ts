/**
 * The reader's text selection. Over a page the reader lives in a shadow root, where Chromium
 * reports the selection through ShadowRoot.getSelection() (document.getSelection() there points
 * at the host); Firefox and the reader page use the document's.
 */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as (Node & { getSelection?: () => Selection | null });
  if (typeof root.getSelection === 'function' && root !== node.ownerDocument) return root.getSelection();
  return node.ownerDocument?.getSelection() ?? null;
}

/** The selected range if it is not empty and lies inside `body`. */
export function selectedRangeIn(body: HTMLElement): Range | null {
  const selection = selectionFor(body);
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  return range.toString().trim() ? range.cloneRange() : null;
}

export function clearSelection(body: HTMLElement): void {
  selectionFor(body)?.removeAllRanges();
}
