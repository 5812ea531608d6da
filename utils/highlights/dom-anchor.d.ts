// Types for the two small anchoring libraries (tilgovi/dom-anchor-*), which ship none.
declare module 'dom-anchor-text-quote' {
  export interface TextQuoteSelector { exact: string; prefix?: string; suffix?: string }
  export interface TextPositionSelector { start: number; end: number }
  export function fromRange(root: Node, range: Range): Required<TextQuoteSelector>;
  export function fromTextPosition(root: Node, selector: TextPositionSelector): Required<TextQuoteSelector>;
  export function toRange(root: Node, selector: TextQuoteSelector, options?: { hint?: number }): Range | null;
  export function toTextPosition(root: Node, selector: TextQuoteSelector, options?: { hint?: number }): TextPositionSelector | null;
}
declare module 'dom-anchor-text-position' {
  export interface TextPositionSelector { start: number; end: number }
  export function fromRange(root: Node, range: Range): TextPositionSelector;
  export function toRange(root: Node, selector: TextPositionSelector): Range | null;
}
