import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { usePage } from '@/hooks/use-page';
import { useLibrary } from '@/hooks/use-library';
import { prefetchLibrary } from '@/hooks/use-library-data';
import { uiLanguage } from '@/utils/i18n';
import './popup.css';

function Popup() {
  return <PopupApp page={usePage()} library={useLibrary()} />;
}

// The saved list's first read starts now, not after the first frame (when Preact runs effects).
void prefetchLibrary();
document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
