import { render } from 'preact';
import { LibraryTransfer } from '@/components/LibraryTransfer';
import { UserGlossary } from '@/components/UserGlossary';
import { t, uiLanguage } from '@/utils/i18n';
import './options.css';

function Options() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <LibraryTransfer />
      <UserGlossary />
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
