import { t } from '@/utils/i18n';

export interface PopoverInfo {
  abbr: string;
  expansion: string;
  source: string;
  /** Position inside the article container, in CSS pixels. */
  top: number;
  left: number;
}

const SOURCE_KEYS: Record<string, string> = {
  article: 'sourceArticle', inferred: 'sourceInferred', dictionary: 'sourceDictionary', user: 'sourceUser',
};

/** The meaning of one abbreviation, shown beside it on hover, focus or tap. */
export function AbbrPopover({ info }: { info: PopoverInfo }) {
  return (
    <div class="gloss-popover" role="tooltip" id="gloss-popover" data-testid="abbr-popover"
      style={{ top: `${info.top}px`, left: `${info.left}px` }}>
      <strong>{info.abbr}</strong> <span>{info.expansion}</span>
      {SOURCE_KEYS[info.source] && <span class="gloss-popover-source">{t(SOURCE_KEYS[info.source])}</span>}
    </div>
  );
}
