// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchor, describeRange, locate } from './anchor';
import { unwrap, wrapRange } from './wrap';

function bodyOf(html: string) {
  const doc = document;
  const body = doc.createElement('div');
  body.innerHTML = html;
  doc.body.append(body);
  return { doc, body };
}

/** A range over the first occurrence of `text` inside one text node of `root`. */
function rangeOver(doc: Document, root: Node, text: string): Range {
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at >= 0) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range;
    }
  }
  throw new Error(`no ${text}`);
}

const ARTICLE = '<p>Chủ tịch <abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh đã ký quyết định.</p><p>Hội đồng nhân dân họp phiên cuối năm.</p>';

describe('highlight anchoring', () => {
  it('describes a range as a quote with context and a position, and finds it again', () => {
    const { doc, body } = bodyOf(ARTICLE);
    const selectors = describeRange(body, rangeOver(doc, body, 'đã ký quyết định'));
    const text = body.textContent!;
    const at = text.indexOf('đã ký');
    // Up to 32 characters of context each side (W3C TextQuoteSelector prefix/suffix).
    expect(selectors.quote).toEqual({ exact: 'đã ký quyết định', prefix: 'Chủ tịch UBND tỉnh ', suffix: text.slice(at + 16, at + 48) });
    expect(selectors.quote.suffix).toMatch(/^\.Hội đồng/);
    expect(body.textContent!.slice(selectors.position.start, selectors.position.end)).toBe('đã ký quyết định');
    expect(anchor(body, selectors)!.toString()).toBe('đã ký quyết định');
  });

  it('re-anchors by its quote when text before it changed (a re-save, a new extraction)', () => {
    const { doc, body } = bodyOf(ARTICLE);
    const selectors = describeRange(body, rangeOver(doc, body, 'họp phiên cuối năm'));
    const changed = bodyOf(`<p>Tin mới cập nhật.</p>${ARTICLE}`).body;
    const found = locate(changed, selectors)!;
    expect(changed.textContent!.slice(found.start, found.end)).toBe('họp phiên cuối năm');
    expect(found.start).toBeGreaterThan(selectors.position.start);
  });

  it('finds a quote whose text changed a little, and picks the occurrence its context names', () => {
    const { body } = bodyOf('<p>Giá xăng tăng mạnh trong tuần. Sau đó, giá xăng tăng mạnh trở lại vào tháng sau.</p>');
    const text = body.textContent!;
    const second = text.lastIndexOf('giá xăng tăng mạnh');
    const selectors = { quote: { exact: 'giá xăng tăng mạnh', prefix: 'Sau đó, ', suffix: ' trở lại' }, position: { start: 0, end: 0 } };
    expect(locate(body, selectors)).toEqual({ start: second, end: second + 18 });
    const edited = bodyOf('<p>Sau đó, giá xăng tăng rất mạnh trở lại vào tháng sau.</p>').body;
    const found = locate(edited, selectors)!;
    expect(edited.textContent!.slice(found.start, found.end)).toBe('giá xăng tăng rất mạnh');
  });

  it('gives null for a passage that is gone, rather than anchoring it anywhere', () => {
    const { doc, body } = bodyOf(ARTICLE);
    const selectors = describeRange(body, rangeOver(doc, body, 'đã ký quyết định'));
    const other = bodyOf('<p>Thời tiết hôm nay nắng đẹp, trời trong xanh khắp nơi.</p>').body;
    expect(locate(other, selectors)).toBeNull();
    expect(anchor(other, selectors)).toBeNull();
  });
});

describe('painting highlights', () => {
  it('wraps a range across elements in one mark per text node, and unwrapping restores the text', () => {
    const { doc, body } = bodyOf(ARTICLE);
    const before = body.innerHTML;
    const range = doc.createRange();
    const start = rangeOver(doc, body, 'tịch');
    const end = rangeOver(doc, body, 'Hội đồng');
    range.setStart(start.startContainer, start.startOffset);
    range.setEnd(end.endContainer, end.endOffset);
    const marks = wrapRange(range, () => doc.createElement('mark'));
    expect(marks.map((m) => m.textContent)).toEqual(['tịch ', 'UBND', ' tỉnh đã ký quyết định.', 'Hội đồng']);
    expect(body.textContent).toBe(bodyOf(ARTICLE).body.textContent);
    // Positions survive painting: the marks add no text.
    expect(anchor(body, describeRange(body, rangeOver(doc, body, 'phiên')))!.toString()).toBe('phiên');
    unwrap(marks);
    expect(body.innerHTML).toBe(before);
  });
});
