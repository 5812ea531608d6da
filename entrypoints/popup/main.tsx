import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { usePage } from '@/hooks/use-page';
import { useLibrary } from '@/hooks/use-library';
import { uiLanguage } from '@/utils/i18n';
import './popup.css';

function Popup() {
  return <PopupApp page={usePage()} library={useLibrary()} />;
}

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
