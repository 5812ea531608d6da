import { useState } from 'preact/hooks';
import type { LibraryPageState } from '@/hooks/use-library-page';
import { t } from '@/utils/i18n';
import { cleanTag } from '@/utils/library/tags';

/** Every tag in use with its count: show its articles, or rename it everywhere (renaming onto another tag merges them). */
export function LibraryTags({ library }: { library: LibraryPageState }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const { tags } = library.facets;
  return (
    <section class="library-tags-panel" aria-labelledby="tags-heading">
      <h2 id="tags-heading">{t('tagsHeading')}</h2>
      {tags.length === 0 && <p class="muted">{t('tagsEmpty')}</p>}
      <ul class="tag-list">
        {tags.map((tag) => (
          <li key={tag.name} data-testid="tag-row" data-tag={tag.name}>
            {editing === tag.name ? (
              <form class="tag-rename" onSubmit={(event) => {
                event.preventDefault();
                const to = cleanTag(name);
                if (to && to !== tag.name) void library.renameTag(tag.name, to);
                setEditing(null);
              }}>
                <input type="text" value={name} maxLength={64} aria-label={t('renameTagLabel', tag.name)} data-testid="tag-rename-input"
                  ref={(el) => el?.focus()} onInput={(event) => setName((event.target as HTMLInputElement).value)}
                  onKeyDown={(event) => event.key === 'Escape' && setEditing(null)} />
                <button type="submit" data-testid="tag-rename-save">{t('save')}</button>
              </form>
            ) : (
              <>
                <button type="button" class="link-button" aria-pressed={library.filters.tag === tag.name}
                  onClick={() => library.setFilters({ ...library.filters, tag: library.filters.tag === tag.name ? null : tag.name })}>
                  {tag.name}
                </button>
                <span class="muted">{tag.count}</span>
                <button type="button" class="small" data-testid="tag-rename" aria-label={t('renameTagLabel', tag.name)}
                  onClick={() => { setEditing(tag.name); setName(tag.name); }}>{t('rename')}</button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
