import { render } from 'preact';
import { t, uiLanguage } from '@/utils/i18n';

// The saved-article page (reader.html?id=<savedId>). Saved reads arrive with the
// library; until then it says plainly that there is nothing to show.
function SavedReader() {
  return (
    <main style="max-width: 42rem; margin: 3rem auto; font: 17px/1.5 system-ui, sans-serif;">
      <p data-testid="popup-message" role="status">{t('savedNotFound')}</p>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
render(<SavedReader />, document.getElementById('app')!);
