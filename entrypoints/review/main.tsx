import { render } from 'preact';
import { ReviewApp } from '@/components/review/ReviewApp';
import { t, uiLanguage } from '@/utils/i18n';
import '@/components/notebook/pages.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('reviewTitle')} · Gloss`;
render(<ReviewApp />, document.getElementById('app')!);
