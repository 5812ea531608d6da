import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { withPage } from './support.ts';
import { DROP_ATTR, premarkBeforeClassesGo } from '../../utils/extract/premark.ts';
import { extractArticle } from '../../utils/extract/index.ts';

const PARA = (n: number) => `<p>Paragraph ${n} of the story tells the council's budget debate about bus routes, fares and the new depot in detail.</p>`;
const STORY = Array.from({ length: 8 }, (_, i) => PARA(i + 1)).join('');
/**
 * A plain wrapper whose only child is a follow bar: Readability collapses the wrapper into the
 * child and copies the wrapper's class over the child's, so the follow bar's own class is gone
 * by the time Readability returns.
 */
const PAGE = `<html><head><title>Budget</title></head><body><main><div class="story-body">${STORY}
  <div class="wrapper"><div class="follow-bar"><p>Follow our newsroom for more stories like this one, every morning.</p><p>Sign up for the morning briefing.</p></div></div>
  ${PARA(9)}</div></main></body></html>`;

describe('chrome marks taken before Readability drops the class attributes', () => {
  it('marks what Readability kept, with the classes it had before collapsing wrappers', async () => {
    const marks = await withPage(PAGE, 'https://example.invalid/news/budget-story-123', (doc) => {
      const reader = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (node) => node as Element});
      premarkBeforeClassesGo(reader, doc);
      const content = reader.parse()?.content;
      return [...(content?.querySelectorAll(`[${DROP_ATTR}]`) ?? [])].map((el) => el.getAttribute(DROP_ATTR));
    });
    expect(marks).toContain('follow');
  });

  it('removes the follow bar from the article', async () => {
    const article = await withPage(PAGE, 'https://example.invalid/news/budget-story-123', (doc, win) => extractArticle(doc, { window: win, force: true }));
    expect(article.textContent).toContain('Paragraph 9');
    expect(article.textContent).not.toContain('Follow our newsroom');
  });

  it('marks the whole page before parsing when Readability lacks the hook', async () => {
    const marks = await withPage(PAGE, 'https://example.invalid/news/budget-story-123', (doc) => {
      const clone = doc.cloneNode(true) as Document;
      premarkBeforeClassesGo({}, clone);
      return [...clone.querySelectorAll(`[${DROP_ATTR}]`)].map((el) => el.getAttribute(DROP_ATTR));
    });
    expect(marks).toContain('follow');
  });
});
