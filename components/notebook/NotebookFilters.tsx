import { t } from '@/utils/i18n';
import type { NotebookFilter, NotebookSource } from '@/utils/notebook/aggregate';

/** A domain's name in the UI language (the dictionary's #domain tags), or the tag itself. */
export function domainLabel(domain: string): string {
  const key = `domain_${domain}`;
  const label = t(key);
  return label === key ? domain : label;
}

interface Props {
  filter: NotebookFilter;
  domains: string[];
  articles: NotebookSource[];
  onChange: (filter: NotebookFilter) => void;
}

export function NotebookFilters({ filter, domains, articles, onChange }: Props) {
  return (
    <div class="nb-filters" role="search">
      <label>
        <span>{t('notebookSearch')}</span>
        <input type="search" value={filter.query ?? ''} data-testid="notebook-search"
          onInput={(e) => onChange({ ...filter, query: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <label>
        <span>{t('notebookDomain')}</span>
        <select value={filter.domain ?? ''} data-testid="notebook-domain"
          onChange={(e) => onChange({ ...filter, domain: (e.currentTarget as HTMLSelectElement).value || null })}>
          <option value="">{t('notebookAllDomains')}</option>
          {domains.map((d) => <option key={d} value={d}>{domainLabel(d)}</option>)}
        </select>
      </label>
      <label>
        <span>{t('notebookArticle')}</span>
        <select value={filter.articleId ?? ''} data-testid="notebook-article"
          onChange={(e) => onChange({ ...filter, articleId: (e.currentTarget as HTMLSelectElement).value || null })}>
          <option value="">{t('notebookAllArticles')}</option>
          {articles.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
        </select>
      </label>
    </div>
  );
}
