import { Window as HappyWindow } from 'happy-dom';

/**
 * Parse a saved page in Node the way the extension sees it: a DOM with the page's URL,
 * and nothing on the page allowed to run or load.
 */
export function parseHtml(html: string, url: string): { document: Document; window: Window; close: () => Promise<void> } {
  const happyWindow = new HappyWindow({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const document = new happyWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // happy-dom cannot serialise a <template> in SVG or MathML (it has no template contents there, and
  // innerHTML throws). Browsers render nothing for it either, so it goes before anything reads the page.
  for (const foreign of Array.from(document.querySelectorAll('svg template, math template'))) foreign.remove();
  return {
    document,
    window: happyWindow as unknown as Window,
    close: () => happyWindow.happyDOM.close(),
  };
}
