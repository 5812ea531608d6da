import { render } from 'preact';
import { LibraryApp } from '@/components/LibraryApp';
import { useLibraryPage } from '@/hooks/use-library-page';
import { t, uiLanguage } from '@/utils/i18n';
import './library.css';

function Library() {
  return <LibraryApp library={useLibraryPage()} />;
}

document.documentElement.lang = uiLanguage();
document.title = `${t('libraryTitle')} · ${t('extName')}`;
render(<Library />, document.getElementById('app')!);
