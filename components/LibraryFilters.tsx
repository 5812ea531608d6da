import type { LibraryPageState } from '@/hooks/use-library-page';
import { t } from '@/utils/i18n';
import { NO_FILTERS, dayBound, filtersActive, type LibraryFilters as Filters, type ReadFilter } from '@/utils/library/list-view';

const day = (ms: number | null) => {
  if (ms === null) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Unread / read, site, tag, has highlights, saved between two dates. */
export function LibraryFilters({ library }: { library: LibraryPageState }) {
  const { filters, facets } = library;
  const set = (change: Partial<Filters>) => library.setFilters({ ...filters, ...change });
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <section class="library-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('filtersHeading')}</h2>
      <label>
        {t('filterReadLabel')}
        <select value={filters.read} data-testid="filter-read" onChange={(e) => set({ read: value(e) as ReadFilter })}>
          <option value="all">{t('filterAll')}</option>
          <option value="unread">{t('filterUnread')}</option>
          <option value="read">{t('filterRead')}</option>
        </select>
      </label>
      <label>
        {t('filterSiteLabel')}
        <select value={filters.site ?? ''} data-testid="filter-site" onChange={(e) => set({ site: value(e) || null })}>
          <option value="">{t('filterAnySite')}</option>
          {facets.sites.map((s) => <option key={s.name} value={s.name}>{`${s.name} (${s.count})`}</option>)}
        </select>
      </label>
      <label>
        {t('filterTagLabel')}
        <select value={filters.tag ?? ''} data-testid="filter-tag" onChange={(e) => set({ tag: value(e) || null })}>
          <option value="">{t('filterAnyTag')}</option>
          {facets.tags.map((tag) => <option key={tag.name} value={tag.name}>{`${tag.name} (${tag.count})`}</option>)}
        </select>
      </label>
      <label class="inline">
        <input type="checkbox" checked={filters.hasHighlights} data-testid="filter-highlights"
          onChange={(e) => set({ hasHighlights: (e.target as HTMLInputElement).checked })} />
        {t('filterHasHighlights')}
      </label>
      <fieldset class="date-range">
        <legend>{t('filterSavedBetween')}</legend>
        <label>
          {t('filterFrom')}
          <input type="date" value={day(filters.from)} data-testid="filter-from" onChange={(e) => set({ from: dayBound(value(e), false) })} />
        </label>
        <label>
          {t('filterTo')}
          <input type="date" value={day(filters.to)} data-testid="filter-to" onChange={(e) => set({ to: dayBound(value(e), true) })} />
        </label>
      </fieldset>
      {filtersActive(filters) && (
        <button type="button" class="link-button" data-testid="filters-clear" onClick={() => library.setFilters(NO_FILTERS)}>{t('clearFilters')}</button>
      )}
    </section>
  );
}
