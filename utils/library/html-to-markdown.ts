/**
 * Small HTML→Markdown converter for the already-sanitised article HTML.
 * The DOM comes from the caller (the extension page's `document`, or
 * happy-dom in tests) so this module stays pure; parsing happens in an inert
 * document from `implementation.createHTMLDocument`, which never loads images.
 */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'dl', 'dd', 'dt', 'address', 'details', 'summary']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'form', 'input', 'select', 'textarea', 'head', 'title']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Ctx { base?: string; codeBlocks: string[] }

const escapeText = (s: string) => s.replace(/[\\`*_[\]<]/g, '\\$&');
const resolve = (url: string, ctx: Ctx) => {
  try { return new URL(url, ctx.base).href; } catch { return url; }
};
const linkTarget = (url: string) => url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
/** True when the element's first non-blank child is text (not our own generated syntax). */
const startsWithText = (el: Element) => {
  const first = Array.from(el.childNodes).find((c) => c.nodeType !== TEXT_NODE || (c.textContent ?? '').trim());
  return first?.nodeType === TEXT_NODE;
};
const block = (s: string, el?: Element) => {
  const t = s.trim();
  // Page text that would read as Markdown syntax at the start of a block ("# 1", "- x", "1. x") is escaped.
  const safe = el && startsWithText(el) ? t.replace(/^([#>]|[+-](?=\s))/, '\\$1').replace(/^(\d+)\.(?=\s)/, '$1\\.') : t;
  return safe ? `\n\n${safe}\n\n` : '';
};
const indent = (s: string, first: string) => {
  const pad = ' '.repeat(first.length);
  return s.split('\n').map((line, i) => (i === 0 ? first + line : line ? pad + line : line)).join('\n');
};
const wrap = (mark: string, inner: string) => {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : inner;
};
const fenceFor = (code: string, min: number) => {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(min, longest + 1));
};

function children(node: Node, ctx: Ctx): string {
  let out = '';
  node.childNodes.forEach((child) => { out += convert(child, ctx); });
  return out;
}

function list(el: Element, ctx: Ctx): string {
  const ordered = el.tagName.toLowerCase() === 'ol';
  let n = Number(el.getAttribute('start') ?? '1') || 1;
  const items: string[] = [];
  el.childNodes.forEach((child) => {
    if (child.nodeType !== ELEMENT_NODE || (child as Element).tagName.toLowerCase() !== 'li') return;
    const body = children(child, ctx).replace(/\n{3,}/g, '\n\n').trim();
    items.push(indent(body, ordered ? `${n++}. ` : '- '));
  });
  return `\n\n${items.join('\n')}\n\n`;
}

function table(el: Element, ctx: Ctx): string {
  const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children).filter((c) => /^t[hd]$/i.test(c.tagName))
      .map((c) => children(c, ctx).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')));
  if (!rows.length) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  return `\n\n${[line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n')}\n\n`;
}

function convert(node: Node, ctx: Ctx): string {
  if (node.nodeType === TEXT_NODE) return escapeText((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (SKIP.has(tag)) return '';
  if (/^h[1-6]$/.test(tag)) {
    const text = children(el, ctx).replace(/\s+/g, ' ').trim();
    return text ? `\n\n${'#'.repeat(Number(tag[1]))} ${text}\n\n` : '';
  }
  switch (tag) {
    case 'br': return '\\\n';
    case 'hr': return '\n\n---\n\n';
    case 'strong': case 'b': return wrap('**', children(el, ctx));
    case 'em': case 'i': case 'cite': return wrap('*', children(el, ctx));
    case 'del': case 's': case 'strike': return wrap('~~', children(el, ctx));
    case 'a': {
      const href = el.getAttribute('href');
      const text = children(el, ctx).trim();
      if (!href || href.startsWith('#')) return children(el, ctx);
      const target = linkTarget(resolve(href, ctx));
      return `[${text || escapeText(target)}](${target})`;
    }
    case 'img': {
      const src = el.getAttribute('src');
      if (!src) return '';
      return `![${escapeText((el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim())}](${linkTarget(resolve(src, ctx))})`;
    }
    case 'code': {
      const code = el.textContent ?? '';
      const fence = fenceFor(code, 1);
      return code ? `${fence}${fence.length > 1 || code.startsWith('`') ? ' ' : ''}${code}${fence.length > 1 || code.endsWith('`') ? ' ' : ''}${fence}` : '';
    }
    case 'pre': {
      const code = (el.textContent ?? '').replace(/\n$/, '');
      const lang = /language-([\w-]+)/.exec(el.querySelector('code')?.className ?? '')?.[1] ?? '';
      const fence = fenceFor(code, 3);
      // Placeholder keeps the whitespace clean-up below away from code.
      ctx.codeBlocks.push(`${fence}${lang}\n${code}\n${fence}`);
      return `\n\n\uE000${ctx.codeBlocks.length - 1}\uE000\n\n`;
    }
    case 'ul': case 'ol': return list(el, ctx);
    case 'blockquote': {
      const inner = children(el, ctx).replace(/\n{3,}/g, '\n\n').trim();
      return inner ? `\n\n${inner.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}\n\n` : '';
    }
    case 'figcaption': return block(wrap('*', children(el, ctx).replace(/\s+/g, ' ')));
    case 'table': return table(el, ctx);
    default: return BLOCK.has(tag) || tag === 'li' ? block(children(el, ctx), el) : children(el, ctx);
  }
}

/** Converts sanitised article HTML to Markdown; `baseUrl` resolves relative links and images. */
export function htmlToMarkdown(html: string, doc: Document, baseUrl?: string): string {
  // DOMParser gives an inert document: nothing in it loads or runs.
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? DOMParser;
  const inert = new Parser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const ctx: Ctx = { base: baseUrl, codeBlocks: [] };
  return children(inert.body, ctx)
    .replace(/\\\n[ \t]+/g, '\\\n') // no leading space after a hard break
    .replace(/^[ \t]+$/gm, '') // whitespace-only lines
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => ctx.codeBlocks[Number(i)]);
}
