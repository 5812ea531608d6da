import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { suggestTags, type Facet } from '@/utils/library/list-view';
import { cleanTag } from '@/utils/library/tags';

interface Props {
  tags: Facet[];
  /** Tags to leave out of the suggestions. */
  exclude?: string[];
  label: string;
  submitLabel: string;
  onSubmit: (tag: string) => void;
  testId?: string;
}

/**
 * A tag field with suggestions from the tags already in use, matched without diacritics
 * ("kinh te" suggests "Kinh tế"), as buttons under the field: Tab reaches them, Enter adds what is typed.
 */
export function TagInput({ tags, exclude = [], label, submitLabel, onSubmit, testId = 'tag-input' }: Props) {
  const [value, setValue] = useState('');
  const suggestions = value.trim() ? suggestTags(tags, value, exclude, 6) : [];
  const submit = (tag: string) => {
    const clean = cleanTag(tag);
    if (!clean) return;
    onSubmit(clean);
    setValue('');
  };
  return (
    <form class="tag-input" onSubmit={(event) => { event.preventDefault(); submit(value); }}>
      <input type="text" value={value} data-testid={testId} aria-label={label} placeholder={label} maxLength={64}
        autoComplete="off" onInput={(event) => setValue((event.target as HTMLInputElement).value)} />
      <button type="submit" data-testid={`${testId}-submit`} disabled={!cleanTag(value)}>{submitLabel}</button>
      {suggestions.length > 0 && (
        <span class="tag-suggestions" aria-label={t('tagSuggestions')} role="group">
          {suggestions.map((s) => (
            <button type="button" class="tag-chip tag-suggestion" key={s} data-testid="tag-suggestion" onClick={() => submit(s)}>{s}</button>
          ))}
        </span>
      )}
    </form>
  );
}
