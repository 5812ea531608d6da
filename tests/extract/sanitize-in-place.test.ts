import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { sanitizeArticleInto } from '../../utils/extract/sanitize.ts';

// Pages pasted from word processors carry an <o:p> in every paragraph; others carry their own tags.
const paragraphs = (tag: string) => Array.from({ length: 30 }, (_, i) =>
  `<p>Paragraph ${i} of the story<${tag}> with an inline part ${i}</${tag}>.</p>`).join('');

describe('sanitising in place under happy-dom', () => {
  it.each(['o:p', 'foo'])('unwraps many elements DOMPurify does not know (<%s>) without giving up on the tree', async (tag) => {
    const out = await withPage(`<html><body><div id="root">${paragraphs(tag)}<script>x()</script></div></body></html>`, 'https://example.invalid/a',
      (doc, win) => sanitizeArticleInto(doc.getElementById('root')!, win, doc));
    expect(out.container.textContent).toContain('Paragraph 0 of the story with an inline part 0.');
    expect(out.container.textContent).toContain('Paragraph 29 of the story with an inline part 29.');
    expect(out.html).not.toContain(`<${tag}`);
    expect(out.html).not.toContain('<script');
  });

  it('keeps the elements DOMPurify keeps', async () => {
    const out = await withPage('<html><body><div id="root"><p>An <em>old</em> page,<br><center>centred</center>, <font>set</font>.</p><hr></div></body></html>', 'https://example.invalid/a',
      (doc, win) => sanitizeArticleInto(doc.getElementById('root')!, win, doc));
    expect(out.html).toBe('<p>An <em>old</em> page,<br><center>centred</center>, <font>set</font>.</p><hr>');
  });
});
