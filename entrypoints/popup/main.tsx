import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { uiLanguage } from '@/utils/i18n';
import { usePage } from './use-page';
import './popup.css';

function Popup() {
  const page = usePage();
  return <PopupApp analysis={page.analysis} problem={page.problem} readerOpen={page.readerOpen}
    onToggleReader={(force) => void page.toggleReader(force)} />;
}

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
