/**
 * Gloss's UI over a page (the reader, the picker) in an open shadow root covering the viewport.
 *
 * Builds the same DOM as WXT's `createShadowRootUi(ctx, { position: 'modal', mode: 'open' })` did —
 * `<name>` host › shadow root › `<html>` › `<head><style>` + `<body>`, the same reset, the same
 * inline position styles — without the auto-mount watcher, CSS splitting and option merging we
 * never used: those weighed ~2 KB gzip in the reader's content script, whose first paint has a
 * 45 KB budget (docs/benchmarks.md, size). Removing the host removes everything of ours.
 */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The `<html>` inside the shadow root: the fixed layer the UI lives in. */
  html: HTMLElement;
  body: HTMLElement;
  /** Add a stylesheet inside the shadow root (after the ones already there). */
  addStyle(css: string): void;
  /** Put the host on the page (appended to `anchor`). */
  mount(anchor: Element): void;
  remove(): void;
}

export interface ShadowHostOptions {
  /** The host element's tag: must be a valid custom element name (two words, kebab-case). */
  name: string;
  css: string;
  /** Events that must not leave the UI (e.g. keys typed in the reader must not reach the page's shortcuts). */
  isolateEvents?: string[];
}

export function createShadowHost({ name, css, isolateEvents = [] }: ShadowHostOptions): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  html.append(head, body);
  shadow.append(html);
  const addStyle = (text: string) => {
    const style = document.createElement('style');
    style.textContent = text;
    head.append(style);
  };
  // The page's inherited styles (font, colour, line-height…) stop at the host.
  addStyle(`:host{all:initial !important;}\n${css}`.trim());
  for (const type of isolateEvents) body.addEventListener(type, (event) => event.stopPropagation());
  return {
    host,
    shadow,
    html,
    body,
    addStyle,
    mount(anchor) {
      anchor.append(host);
      // A zero-size host, and a fixed layer over the whole viewport inside it.
      Object.assign(host.style, { overflow: 'visible', position: 'relative', width: '0', height: '0', display: 'block' });
      Object.assign(html.style, { position: 'fixed', top: '0', bottom: '0', left: '0', right: '0' });
    },
    remove() {
      host.remove();
    },
  };
}
