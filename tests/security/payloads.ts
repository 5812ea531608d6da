/**
 * Hostile page content: the corpus that proves no page content ever runs as code in Gloss
 * (reader overlay in the page's origin, reader.html and the popup in the extension's).
 *
 * Every payload, if it ran, phones home: a request to `<origin>/pwned/<name>` on the e2e
 * test server (tests/e2e/support/server.ts records them). Code payloads call fetch();
 * style payloads load a stylesheet or image from that URL; navigation payloads go there.
 *
 * `original` says what the payload does in the page itself, before Gloss touches it:
 *  - 'inert': nothing (it sits in escaped text, a <template>, a raw-text element, a
 *    <noscript> while scripting is on, an attribute, a JSON-LD string, or behind a click,
 *    hover or focus that only the tests perform, and only inside Gloss's views);
 *  - 'live': the page's own markup runs it once while loading (e.g. <img src=x onerror>):
 *    that is the page's own code in its own origin, not Gloss's doing. The e2e test waits
 *    for these to fire (which also proves the beacons work), then requires that nothing
 *    at all phones home after Gloss starts acting.
 *
 * `kind` 'style' marks payloads that do not run code but would load a URL through CSS if
 * they reached a view: in the page's own origin that is not code running; in an extension
 * page it would be a leak (and the CSP's img-src/style rules are a second line). Gloss's
 * sanitiser drops <style>, <link> and style="" everywhere, so the e2e test treats any
 * /pwned hit from them after Gloss acted as a failure too.
 *
 * `kind` 'clobber' payloads use names our code reads (DOM clobbering): they must neither
 * run anything nor stop Gloss from opening the reader.
 */

export type Where =
  /** Inside the article body, between paragraphs. */
  | 'body'
  /** Elsewhere on the page, outside the article (head or body chrome). */
  | 'page'
  /** Metadata slots a reader view shows as text. */
  | 'title' | 'og:title' | 'og:site_name' | 'jsonld:headline' | 'jsonld:author' | 'byline'
  /** A long form the glossary may pick up: "… (XYZ)". */
  | 'glossary';

export interface Beacon {
  /** Absolute URL of this payload's phone-home: `<origin>/pwned/<name>`. */
  url: string;
  /** A JavaScript statement that requests `url` (single quotes only: safe in a "…" attribute). */
  js: string;
  /** The same with no spaces and no quotes (template literal): safe in an unquoted attribute. */
  bare: string;
}

export interface Payload {
  name: string;
  where: Where;
  original: 'inert' | 'live';
  kind?: 'code' | 'style' | 'clobber';
  /** What it tries. */
  note: string;
  /** The markup (for metadata slots: the slot's raw text, already escaped for where it goes). */
  html: (b: Beacon) => string;
}

export function beaconFor(name: string, origin: string): Beacon {
  const url = `${origin}/pwned/${name}`;
  return { url, js: `void fetch('${url}')`, bare: `fetch(\`${url}\`)` };
}

/** Every character as a decimal HTML entity (the parser decodes it; a naive filter does not). */
export const entities = (text: string) => [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
/** Text escaped for an HTML attribute or text node. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A 1×1 transparent GIF: an image that loads everywhere (also under img-src 'self' data:). */
export const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** JSON for inside <script type="application/ld+json">: `<` escaped so nothing can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export const PAYLOADS: Payload[] = [
  // ---- Event-handler attributes that only an interaction fires (the tests interact only with Gloss's views).
  { name: 'a-onclick', where: 'body', original: 'inert', note: 'onclick on an ordinary link',
    html: (b) => `<p>The full list is in <a href="#notes" onclick="${b.js}">the notes below</a>, the council said.</p>` },
  { name: 'span-onmouseover-abbr', where: 'body', original: 'inert', note: 'hover handlers around an abbreviation Gloss marks',
    html: (b) => `<p>Officials of the <span onmouseover="${b.js}" onmouseenter="${b.js}" onpointerenter="${b.js}">UBND</span> attended the session.</p>` },
  { name: 'abbr-own-handlers', where: 'body', original: 'inert', note: "the page's own <abbr> with hover and focus handlers",
    html: (b) => `<p>The <abbr title="Hội đồng nhân dân" tabindex="0" onmouseover="${b.js}" onfocus="${b.js}">HĐND</abbr> approved the plan.</p>` },
  { name: 'p-onpointer', where: 'body', original: 'inert', note: 'pointer handlers on a whole paragraph',
    html: (b) => `<p onpointerover="${b.js}" onpointerdown="${b.js}" onmousemove="${b.js}">Residents said the new road would halve the trip to the district market and the clinic.</p>` },
  { name: 'strong-onfocus-tabindex', where: 'body', original: 'inert', note: 'focusable inline element with onfocus/onfocusin',
    html: (b) => `<p>Budget: <strong tabindex="0" onfocus="${b.js}" onfocusin="${b.js}">14 billion dong</strong> for the first phase.</p>` },
  { name: 'img-onclick', where: 'body', original: 'inert', note: 'click and hover handlers on a loading image',
    html: (b) => `<p><img src="${GIF}" width="40" height="40" alt="chart" onclick="${b.js}" onmouseover="${b.js}"> A chart of the budget.</p>` },
  { name: 'mixed-case-handler', where: 'body', original: 'inert', note: 'handler attribute names in mixed case',
    html: (b) => `<p>The <b OnMouseOver="${b.js}" ONCLICK="${b.js}">district office</b> will publish the tender.</p>` },
  { name: 'entity-encoded-handler', where: 'body', original: 'inert', note: 'handler body written as HTML entities',
    html: (b) => `<p>Readers may <i onclick="${entities(b.js)}" onmouseover="${entities(b.js)}">send questions</i> to the office.</p>` },

  // ---- Scheme URLs: inert until clicked; the tests click every link in Gloss's views.
  { name: 'a-javascript', where: 'body', original: 'inert', note: 'javascript: link',
    html: (b) => `<p>See <a href="javascript:${b.js}">the decision</a> for details.</p>` },
  { name: 'a-javascript-mixedcase', where: 'body', original: 'inert', note: 'JaVaScRiPt: link',
    html: (b) => `<p>See <a href="JaVaScRiPt:${b.js}">the annex</a> as well.</p>` },
  { name: 'a-javascript-entities', where: 'body', original: 'inert', note: 'javascript: spelled with decimal entities',
    html: (b) => `<p>See <a href="${entities('javascript:')}${b.js}">the map</a> of the route.</p>` },
  { name: 'a-javascript-tab-newline', where: 'body', original: 'inert', note: 'java&#x09;scr&#x0A;ipt: (the URL parser drops tabs and newlines)',
    html: (b) => `<p>See <a href="jav&#x09;ascr&#x0A;ipt:${b.js}">the timetable</a> too.</p>` },
  { name: 'a-javascript-leading-controls', where: 'body', original: 'inert', note: 'leading control characters and spaces before javascript:',
    html: (b) => `<p>See <a href="&#x01;&#x1F; &#x0C;javascript:${b.js}">the budget lines</a> here.</p>` },
  { name: 'a-javascript-colon-entity', where: 'body', original: 'inert', note: 'javascript&colon; (named entity for the colon)',
    html: (b) => `<p>See <a href="javascript&colon;${b.js}">the minutes</a> of the meeting.</p>` },
  { name: 'a-data-html', where: 'body', original: 'inert', note: 'data:text/html link',
    html: (b) => `<p>See <a href="data:text/html,%3Cscript%3E${encodeURIComponent(b.js)}%3C/script%3E">the summary</a>.</p>` },
  { name: 'a-data-base64', where: 'body', original: 'inert', note: 'data:text/html;base64 link',
    html: (b) => `<p>See <a href="data:text/html;base64,${b64(`<script>${b.js}</script>`)}">the chart data</a>.</p>` },
  { name: 'a-vbscript', where: 'body', original: 'inert', note: 'vbscript: link (cannot run in Chromium; the sanitiser must still drop it)',
    html: (b) => `<p>See <a href="vbscript:${b.js}">the old report</a>.</p>` },
  { name: 'area-javascript', where: 'body', original: 'inert', note: 'image map <area href=javascript:>',
    html: (b) => `<p><map name="route-map"><area shape="rect" coords="0,0,200,40" href="javascript:${b.js}" alt="route"></map><img usemap="#route-map" src="${GIF}" width="200" height="40" alt="route map"></p>` },
  { name: 'form-action-javascript', where: 'body', original: 'inert', note: 'form action=javascript: with a submit button',
    html: (b) => `<form action="javascript:${b.js}"><input name="q" value="road"><button type="submit">Search the archive</button></form>` },
  { name: 'button-formaction', where: 'body', original: 'inert', note: 'button formaction=javascript:',
    html: (b) => `<form><button formaction="javascript:${b.js}">Subscribe</button></form>` },
  { name: 'input-formaction', where: 'body', original: 'inert', note: 'input type=submit formaction=javascript:',
    html: (b) => `<form><input type="submit" formaction="javascript:${b.js}" value="Send a tip"></form>` },
  { name: 'svg-a-xlink-href', where: 'body', original: 'inert', note: 'SVG <a xlink:href=javascript:>',
    html: (b) => `<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="220" height="30"><a xlink:href="javascript:${b.js}"><text x="0" y="20">Open the chart</text></a></svg>` },
  { name: 'svg-animate-href', where: 'body', original: 'inert', note: 'SVG <animate> setting href to javascript:',
    html: (b) => `<svg width="220" height="30"><a><animate attributeName="href" values="javascript:${b.js}"/><text x="0" y="20">Open the table</text></a></svg>` },
  { name: 'math-xlink-href', where: 'body', original: 'inert', note: 'MathML element with xlink:href / href=javascript:',
    html: (b) => `<p><math><mi xlink:href="javascript:${b.js}" href="javascript:${b.js}">x</mi><mo>=</mo><mn>2</mn></math> is the ratio.</p>` },
  { name: 'img-srcset-javascript', where: 'body', original: 'inert', note: 'srcset with a javascript: candidate',
    html: (b) => `<p><img src="${GIF}" srcset="javascript:${b.js} 2x" width="20" height="20" alt="dot"> Figures are provisional.</p>` },
  { name: 'iframe-sandboxed-javascript', where: 'body', original: 'inert', note: 'sandboxed iframe with src=javascript: (runs if Gloss drops sandbox but keeps the frame)',
    html: (b) => `<iframe sandbox src="javascript:${b.js}" width="10" height="10" title="x"></iframe>` },
  { name: 'iframe-sandboxed-srcdoc', where: 'body', original: 'inert', note: 'sandboxed srcdoc iframe with a script',
    html: (b) => `<iframe sandbox srcdoc="&lt;script&gt;${b.js}&lt;/script&gt;" width="10" height="10" title="x"></iframe>` },

  // ---- Inert containers whose contents must stay inert (templates, raw text, noscript while scripting is on).
  { name: 'template-img', where: 'body', original: 'inert', note: '<template> content (inert document) with an onerror image',
    html: (b) => `<template><img src="/missing.png" onerror="${b.js}"></template>` },
  { name: 'template-script', where: 'body', original: 'inert', note: '<template> content with a script and an svg onload',
    html: (b) => `<template><script>${b.js}</script><svg onload="${b.js}"></svg></template>` },
  { name: 'noscript-img', where: 'body', original: 'inert', note: 'lazy image whose <noscript> twin Readability unwraps',
    html: (b) => `<figure><img src="${GIF}" data-src="/photos/road.jpg" alt="the new road"><noscript><img src="/missing.png" onerror="${b.js}" alt="the new road"></noscript><figcaption>The new road, two weeks before opening.</figcaption></figure>` },
  { name: 'noscript-script', where: 'body', original: 'inert', note: '<noscript> holding markup that is live only when parsed without scripting',
    html: (b) => `<noscript><p>Enable JavaScript.</p><img src="/missing.png" onerror="${b.js}"><svg onload="${b.js}"></svg></noscript>` },
  { name: 'noscript-meta-refresh', where: 'body', original: 'inert', note: 'meta refresh inside <noscript> (a common no-JS redirect)',
    html: (b) => `<noscript><meta http-equiv="refresh" content="0;url=${b.url}"></noscript>` },
  { name: 'noscript-base', where: 'body', original: 'inert', note: '<base> hijack inside <noscript>',
    html: (b) => `<noscript><base href="${b.url}/"></noscript>` },
  { name: 'noscript-style', where: 'body', original: 'inert', kind: 'style', note: 'stylesheet loads inside <noscript>',
    html: (b) => `<noscript><style>@import url("${b.url}/import.css"); p { background: url("${b.url}/bg.png") }</style><link rel="stylesheet" href="${b.url}/link.css"></noscript>` },
  { name: 'xmp-rawtext', where: 'body', original: 'inert', note: '<xmp> raw text that looks like markup',
    html: (b) => `<xmp><img src="/missing.png" onerror="${b.js}"></xmp>` },
  { name: 'textarea-rawtext', where: 'body', original: 'inert', note: '<textarea> raw text that looks like markup',
    html: (b) => `<textarea rows="1"><img src="/missing.png" onerror="${b.js}"></textarea>` },
  { name: 'iframe-fallback-rawtext', where: 'body', original: 'inert', note: "an iframe's raw-text fallback content",
    html: (b) => `<iframe title="x" width="10" height="10"><img src="/missing.png" onerror="${b.js}"></iframe>` },
  { name: 'noembed-rawtext', where: 'body', original: 'inert', note: '<noembed> raw text',
    html: (b) => `<noembed><img src="/missing.png" onerror="${b.js}"></noembed>` },
  { name: 'escaped-text', where: 'body', original: 'inert', note: 'markup written as escaped text (a quoted comment)',
    html: (b) => `<p>One reader wrote: ${escapeHtml(`<img src=x onerror="${b.js}">`)} and ${escapeHtml(`<script>${b.js}</script>`)} — which the paper printed as text.</p>` },
  { name: 'attribute-breakout', where: 'body', original: 'inert', note: 'attribute values holding markup',
    html: (b) => `<p title="${escapeHtml(`"><img src=x onerror="${b.js}">`)}" data-x="${escapeHtml(`</p><svg onload="${b.js}">`)}">Turnout was higher than in 2020.</p>` },
  { name: 'comment-markup', where: 'body', original: 'inert', note: 'a comment that holds markup',
    html: (b) => `<p>Voting ends at noon.<!-- <img src=x onerror="${b.js}"> <script>${b.js}</script> --></p>` },

  // ---- Known sanitiser mutation-XSS shapes. Where the page itself would run them, they are
  // wrapped in <template> (inert in the page; Gloss must not unwrap them) or left 'live'.
  { name: 'mxss-noscript-title', where: 'body', original: 'live', note: '<noscript><p title="</noscript><img onerror>"> (DOMPurify 2.0.0 bypass shape)',
    html: (b) => `<noscript><p title="</noscript><img src=/missing.png onerror=${b.bare}>"></noscript>` },
  { name: 'mxss-svg-style', where: 'body', original: 'live', note: 'style inside svg: markup parsed differently in SVG and HTML',
    html: (b) => `<svg><style><img src="/missing.png" onerror="${b.js}"></style></svg>` },
  { name: 'mxss-mglyph-style', where: 'body', original: 'inert', note: 'math > mtext > table > mglyph > style (DOMPurify 2.0.17 bypass)',
    html: (b) => `<template><math><mtext><table><mglyph><style><img src="/missing.png" onerror="${b.js}"></style></mglyph></table></mtext></math></template><math><mtext><table><mglyph><style>&lt;img src=x onerror="${escapeHtml(b.js)}"&gt;</style></mglyph></table></mtext></math>` },
  { name: 'mxss-malignmark', where: 'body', original: 'inert', note: 'malignmark/mglyph namespace confusion',
    html: (b) => `<template><math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src=/missing.png onerror=${b.bare}>"></style></mtext></svg></mglyph></h1></mtext></math></template>` },
  { name: 'mxss-nested-form', where: 'body', original: 'inert', note: 'nested form namespace confusion (DOMPurify 2.2.2 bypass)',
    html: (b) => `<template><form><math><mtext></form><form><mglyph><style></math><img src="/missing.png" onerror="${b.js}"></style></mglyph></form></mtext></math></form></template>` },
  { name: 'mxss-svg-foreignobject', where: 'body', original: 'inert', note: 'svg > foreignObject > script / iframe',
    html: (b) => `<template><svg><foreignObject><iframe srcdoc="&lt;script&gt;${b.js}&lt;/script&gt;"></iframe><script>${b.js}</script></foreignObject></svg></template>` },
  { name: 'template-shadowroot', where: 'body', original: 'live', note: 'declarative shadow DOM with an onerror image',
    html: (b) => `<div><template shadowrootmode="open"><img src="/missing.png" onerror="${b.js}"></template></div>` },

  // ---- Classic live payloads: the page runs them once itself; Gloss must never run them again.
  { name: 'img-onerror', where: 'body', original: 'live', note: 'broken image with onerror, inside the article',
    html: (b) => `<p><img src="/missing-figure.png" onerror="${b.js}" alt="figure"> The figure above is missing.</p>` },
  { name: 'svg-onload', where: 'body', original: 'live', note: '<svg onload>',
    html: (b) => `<p><svg onload="${b.js}" width="10" height="10"></svg> The map will be updated.</p>` },
  { name: 'svg-script', where: 'body', original: 'live', note: 'script inside svg',
    html: (b) => `<svg width="10" height="10"><script>${b.js}</script></svg>` },
  { name: 'details-ontoggle', where: 'body', original: 'live', note: '<details open ontoggle>',
    html: (b) => `<details open ontoggle="${b.js}"><summary>Background</summary><p>The road was first planned in 2019.</p></details>` },
  { name: 'video-source-onerror', where: 'body', original: 'live', note: '<video><source onerror>',
    html: (b) => `<video width="10" height="10"><source src="/missing.mp4" type="video/mp4" onerror="${b.js}"></video>` },
  { name: 'style-attr-url', where: 'body', original: 'live', kind: 'style', note: 'style="" loading a background image',
    html: (b) => `<p style="background-image:url('${b.url}/bg.png')">The tender closes on 30 June.</p>` },
  { name: 'object-data-html', where: 'body', original: 'live', note: '<object> with an HTML document that scripts',
    html: (b) => `<object type="text/html" data="data:text/html;base64,${b64(`<script>${b.js}</script>`)}" width="10" height="10"></object>` },

  // ---- DOM clobbering of names Gloss reads.
  { name: 'clobber-ready-flag', where: 'page', original: 'inert', kind: 'clobber', note: '<img name> and id= named like the content scripts\' guards __glossReaderReady and __glossFirstLookReady',
    html: (b) => `<img name="__glossReaderReady" src="${GIF}" alt=""><a id="__glossReaderReady" href="javascript:${b.js}"></a>`
      + `<img name="__glossFirstLookReady" src="${GIF}" alt=""><a id="__glossFirstLookReady" href="javascript:${b.js}"></a>` },
  { name: 'clobber-app-id', where: 'body', original: 'inert', kind: 'clobber', note: 'id="app" (reader.html mounts on #app) holding a javascript: link',
    html: (b) => `<div id="app"><a id="app" name="app" href="javascript:${b.js}">open the app</a></div>` },
  { name: 'clobber-location', where: 'body', original: 'inert', kind: 'clobber', note: 'name="location" / name="href" / id="gloss-title"',
    html: (b) => `<p><a id="location" name="href" href="javascript:${b.js}">location</a> <span id="gloss-title">Not the title</span> <img name="location" src="${GIF}" alt=""></p>` },
  { name: 'clobber-document-props', where: 'page', original: 'inert', kind: 'clobber', note: '<img name=…> over document properties our code and Readability use',
    html: () => `<img name="activeElement" src="${GIF}" alt=""><img name="readyState" src="${GIF}" alt=""><form name="defaultView"></form>` },

  // ---- Where reader views put page text: rendered as text, never as markup.
  { name: 'title-tag', where: 'title', original: 'inert', note: '<title> with markup (RCDATA in the page)',
    html: (b) => `<img src=/missing.png onerror="${b.js}"> Council approves road budget` },
  { name: 'og-title', where: 'og:title', original: 'inert', note: 'og:title with markup',
    html: (b) => escapeHtml(`<img src=/missing.png onerror="${b.js}"><script>${b.js}</script> Council approves road budget`) },
  { name: 'og-site-name', where: 'og:site_name', original: 'inert', note: 'og:site_name with markup',
    html: (b) => escapeHtml(`<svg onload="${b.js}">Daily<img src=x onerror="${b.js}">`) },
  { name: 'jsonld-headline', where: 'jsonld:headline', original: 'inert', note: 'JSON-LD headline with markup',
    html: (b) => `<img src=/missing.png onerror="${b.js}"> Council approves the road budget for next year` },
  { name: 'jsonld-author', where: 'jsonld:author', original: 'inert', note: 'JSON-LD author name with markup',
    html: (b) => `<img src=x onerror="${b.js}">` },
  { name: 'byline', where: 'byline', original: 'inert', note: 'byline element with escaped markup',
    html: (b) => escapeHtml(`By <img src=x onerror="${b.js}">`) },
  { name: 'glossary', where: 'glossary', original: 'inert', note: 'a long form made of markup: "<img onerror> (XYZ)" and "<b onmouseover>Bold Order</b> (BOB)"',
    html: (b) => `<p>The statement by the ${escapeHtml(`<img src=x onerror=${b.bare}>`)} (XYZ) came late; the XYZ said it would answer. ${escapeHtml(`<b onmouseover="${b.js}">`)}Bold Order${escapeHtml('</b>')} (BOB) agreed, and the BOB will meet again.</p>` },
];

/** Payloads by name (names are unique). */
export const PAYLOAD_BY_NAME = new Map(PAYLOADS.map((p) => [p.name, p]));
