import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '@/utils/glossary/index';
import { setSanitizedHtml } from '@/utils/safe-html';
import { markAbbreviations } from '@/utils/mark-abbreviations';
import { AbbrPopover, type PopoverInfo } from './AbbrPopover';

interface Props {
  html: string;
  entries: GlossaryEntry[];
  /** Write "UBND (Ủy ban nhân dân)" at the first use of each abbreviation. */
  spellOutFirstUse?: boolean;
}

function abbrOf(event: Event): HTMLElement | null {
  const target = event.target as Element | null;
  const abbr = target?.closest?.('abbr[title]') as HTMLElement | null;
  return abbr && (event.currentTarget as Element).contains(abbr) ? abbr : null;
}

/** The article's sanitised HTML with every known abbreviation marked and explained in a popover. */
export function ArticleBody({ html, entries, spellOutFirstUse = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [popover, setPopover] = useState<PopoverInfo | null>(null);

  useLayoutEffect(() => {
    if (!ref.current) return;
    setSanitizedHtml(ref.current, html);
    markAbbreviations(ref.current, entries, { spellOutFirstUse });
    setPopover(null);
  }, [html, entries, spellOutFirstUse]);

  const show = (event: Event) => {
    const abbr = abbrOf(event);
    if (!abbr || !ref.current) return;
    const box = abbr.getBoundingClientRect();
    const frame = ref.current.getBoundingClientRect();
    abbr.setAttribute('aria-describedby', 'gloss-popover');
    setPopover({
      abbr: abbr.textContent ?? '',
      expansion: abbr.title,
      source: abbr.dataset.source ?? '',
      top: box.bottom - frame.top + 6,
      left: Math.max(0, Math.min(box.left - frame.left, frame.width - 280)),
    });
  };
  const hide = (event: Event) => {
    if (abbrOf(event)) setPopover(null);
  };

  return (
    <div class="gloss-article-frame">
      <div class="gloss-article-body" data-testid="reader-article" ref={ref}
        onMouseOver={show} onFocusIn={show} onClick={show} onMouseOut={hide} onFocusOut={hide} />
      {popover && <AbbrPopover info={popover} />}
    </div>
  );
}
