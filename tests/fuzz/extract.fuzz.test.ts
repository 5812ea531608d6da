/**
 * Property tests for the reader pipeline: on random (often hostile) HTML, `extractArticle` never throws and
 * returns sanitised content; the clean-up pass (`cleanArticle`) never throws on any element tree.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../../utils/extract/index.ts';
import { cleanArticle } from '../../utils/extract/cleanup/index.ts';
import { parseHtml } from '../../scripts/lib/parse-html.ts';

const URL_ = 'https://example.invalid/x';

const NUM_RUNS = 60;
const TIMEOUT = 60_000;

// ---- a small HTML grammar ----

const PHRASES = [
  'Tin liên quan', 'Xem thêm', 'Quảng cáo', 'Đọc thêm', 'Bình luận', 'Chia sẻ', 'Theo VnExpress', 'Kéo xuống để xem tiếp nội dung',
  'Related', 'Advertisement', 'Read more', 'Share this', 'Comments',
  'Chiều 5/3, UBND TP.HCM đã họp với Sở GD-ĐT về kế hoạch tuyển sinh lớp 10 năm học mới.',
  'Bộ Giáo dục và Đào tạo (GD&ĐT) cho biết kỳ thi tốt nghiệp THPT sẽ diễn ra vào cuối tháng 6.',
  'The council approved the budget on Tuesday after a long debate about bus routes and fares.',
  'Ông Nguyễn Văn A, Chủ tịch HĐND tỉnh, cho biết và nhấn mạnh vai trò của người dân.',
];
const HINTS = ['related', 'share', 'ad', 'ads', 'advert', 'comment', 'comments', 'social', 'sidebar', 'footer', 'header',
  'article', 'content', 'story', 'main', 'post-body', 'tin-lien-quan', 'xem-them', 'banner', 'promo', 'hidden'];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(escapeText) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map(escapeText) },
);

const handler = fc.tuple(fc.constantFrom('onclick', 'onerror', 'onload', 'onmouseover', 'ONFOCUS', 'onanimationstart'),
  fc.constantFrom('alert(1)', 'fetch("//x")', '')).map(([n, v]) => `${n}="${v}"`);
const jsUrl = fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:void(0)', '&#106;avascript:alert(1)',
  'java&#x09;script:alert(1)', 'javascript&colon;alert(1)');
const href = fc.oneof(jsUrl, fc.constantFrom('https://example.invalid/a', '/rel/path', '#top', 'mailto:a@b.c', 'data:text/html,<script>alert(1)</script>'));
const attr = fc.oneof(
  fc.constantFrom(...HINTS).map((h) => `class="${h}"`),
  fc.constantFrom(...HINTS).map((h) => `id="${h}"`),
  fc.array(fc.constantFrom(...HINTS), { minLength: 1, maxLength: 3 }).map((hs) => `class="${hs.join(' ')}"`),
  handler,
  fc.constantFrom('style="display:none"', 'hidden', 'aria-hidden="true"', 'role="complementary"', 'itemprop="articleBody"',
    'data-x="1"', 'lang="vi"', 'formaction="javascript:alert(1)"', 'srcdoc="<script>alert(1)</script>"'),
);
const attrs = fc.array(attr, { maxLength: 3 }).map((as) => (as.length ? ' ' + as.join(' ') : ''));

const CONTAINERS = ['p', 'div', 'article', 'section', 'aside', 'ul', 'li', 'figure', 'figcaption', 'h1', 'h2', 'h3',
  'table', 'tr', 'td', 'form', 'svg', 'math', 'noscript', 'template', 'span', 'b', 'em', 'blockquote'];

const { node } = fc.letrec<{ node: string; element: string; leaf: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('element')),
  leaf: fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.tuple(href, attrs, text).map(([h, a, t]) => `<a href="${h}"${a}>${t}</a>`) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(jsUrl, fc.constant('https://example.invalid/i.jpg'), fc.constant('x')), attrs)
      .map(([s, a]) => `<img src="${s}"${a}>`) },
    { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '<SCRIPT src="https://evil.invalid/x.js"></SCRIPT>',
      '<style>body{display:none}</style>', '<iframe src="javascript:alert(1)"></iframe>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<template><script>alert(1)</script><img src=x onerror=alert(1)></template>', '<!-- comment -->', '<br>', '<hr>',
      '<input onfocus="alert(1)" autofocus>', '<button formaction="javascript:alert(1)">x</button>', '<object data="javascript:alert(1)"></object>',
      '<embed src="javascript:alert(1)">', '<base href="javascript:/">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">') },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  ),
  element: fc.tuple(fc.constantFrom(...CONTAINERS), attrs, fc.array(tie('node'), { maxLength: 5 }))
    .map(([tag, a, kids]) => `<${tag}${a}>${kids.join('')}</${tag}>`),
}));

const head = fc.tuple(fc.option(text, { nil: undefined }), fc.boolean(), fc.option(fc.constantFrom('vi', 'en', 'fr', ''), { nil: undefined }))
  .map(([title, ld, lang]) => ({
    lang,
    head: (title !== undefined ? `<title>${title}</title>` : '')
      + (ld ? `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","articleBody":"${PHRASES[11]}\\n<script>alert(1)</script>"}</script>` : '')
      + '<meta property="og:type" content="article">',
  }));

/** A whole page: head + body from the grammar, or raw random strings now and then. */
const page = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(head, fc.array(node, { maxLength: 8 }))
    .map(([h, body]) => `<!doctype html><html${h.lang !== undefined ? ` lang="${h.lang}"` : ''}><head>${h.head}</head><body>${body.join('')}</body></html>`) },
  { weight: 1, arbitrary: fc.array(node, { maxLength: 8 }).map((b) => b.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('<', '>', '</', '/>', '<p', '<div class="related"', '<script>', '</script>', '<!--', '-->',
    '"', "'", '=', ' onclick=alert(1) ', 'javascript:', 'Tin liên quan', '<a href=', '<img src=x ', '<![CDATA[', ']]>', '&amp;', '&#0;', '\0'), { maxLength: 40 })
    .map((xs) => xs.join('')) },
);

/** An attribute value as a URL parser reads its scheme: whitespace and control characters dropped, lower case. */
function squeeze(value: string): string {
  return [...value].filter((c) => c.charCodeAt(0) > 0x20).join('').toLowerCase();
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Content is safe by string inspection and by re-parsing it. `<script` is checked on the raw string (text is
 * escaped, so "<script" can only be markup); handlers and javascript: URLs on the markup alone (text and
 * comment nodes removed), since an article may legitimately say "javascript:" or " onclick=" in its text.
 */
async function assertSafeContent(content: string): Promise<void> {
  expect(content).not.toMatch(/<script/i);
  const check = parseHtml(`<!doctype html><html><body>${content}</body></html>`, URL_);
  try {
    const body = check.document.body;
    for (const el of Array.from(body.querySelectorAll('*'))) {
      expect(el.localName).not.toBe('script');
      for (const a of Array.from(el.attributes)) {
        expect(a.name.toLowerCase().startsWith('on'), `handler ${a.name} on <${el.localName}>`).toBe(false);
        expect(squeeze(a.value).startsWith('javascript:'), `${a.name}="${a.value}"`).toBe(false);
      }
    }
    const walker = check.document.createTreeWalker(body, 0x80 | 0x4); // SHOW_COMMENT | SHOW_TEXT
    const strip: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) strip.push(n);
    for (const n of strip) n.parentNode?.removeChild(n);
    const markup = body.innerHTML;
    expect(markup).not.toMatch(/<script/i);
    expect(markup).not.toMatch(/\son\w+\s*=/i);
    expect(markup).not.toMatch(/javascript:/i);
  } finally {
    await check.close();
  }
}

describe('extractArticle fuzz', () => {
  it('never throws and returns well-formed, sanitised articles on random HTML', async () => {
    await fc.assert(fc.asyncProperty(page, fc.boolean(), async (html, force) => {
      const p = parseHtml(html, URL_);
      try {
        const a = extractArticle(p.document, { window: p.window, force });
        expect(typeof a.title).toBe('string');
        expect(typeof a.content).toBe('string');
        expect(typeof a.textContent).toBe('string');
        expect(typeof a.readerable).toBe('boolean');
        expect(Number.isFinite(a.wordCount)).toBe(true);
        expect(Number.isFinite(a.readingMinutes)).toBe(true);
        await assertSafeContent(a.content);
      } finally {
        await p.close();
      }
    }), { numRuns: NUM_RUNS });
  }, TIMEOUT);

  // happy-dom cannot serialise an SVG <template>; parseHtml drops such elements (see scripts/lib/parse-html.ts).
  it('does not throw on <svg><template></template></svg>', async () => {
    const p = parseHtml('<svg><template></template></svg>', URL_);
    try {
      expect(() => extractArticle(p.document, { window: p.window, force: false })).not.toThrow();
    } finally {
      await p.close();
    }
  });
});

describe('cleanArticle fuzz', () => {
  it('never throws on random element trees and only removes text', async () => {
    const context = fc.record({
      siteWords: fc.option(fc.array(fc.constantFrom('vnexpress', 'tuoitre', 'example', ''), { maxLength: 3 }), { nil: undefined }),
      title: fc.option(text, { nil: undefined }),
      byline: fc.option(fc.option(text, { nil: null }), { nil: undefined }),
    }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(fc.array(node, { maxLength: 8 }), context, async (body, ctx) => {
      const p = parseHtml(`<!doctype html><html><body><div id="root">${body.join('')}</div></body></html>`, URL_);
      try {
        const root = p.document.getElementById('root')!;
        const before = (root.textContent ?? '').length;
        const report = cleanArticle(root, ctx);
        for (const n of Object.values(report)) {
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        }
        expect(root.isConnected).toBe(true);
        expect((root.textContent ?? '').length).toBeLessThanOrEqual(before);
      } finally {
        await p.close();
      }
    }), { numRuns: NUM_RUNS });
  }, TIMEOUT);
});
