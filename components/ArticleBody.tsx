import { useLayoutEffect, useRef } from 'preact/hooks';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { setSanitizedHtml } from '@/utils/safe-html';
import { markAbbreviations } from '@/utils/mark-abbreviations';

interface Props {
  html: string;
  entries: GlossaryEntry[];
}

/** The article's sanitised HTML with every known abbreviation marked. */
export function ArticleBody({ html, entries }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    setSanitizedHtml(ref.current, html);
    markAbbreviations(ref.current, entries);
  }, [html, entries]);
  return <div class="gloss-article-body" data-testid="reader-article" ref={ref} />;
}
