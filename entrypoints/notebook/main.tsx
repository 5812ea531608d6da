import { render } from 'preact';
import { NotebookApp } from '@/components/notebook/NotebookApp';
import { t, uiLanguage } from '@/utils/i18n';
import '@/components/notebook/pages.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('notebookTitle')} · Gloss`;
render(<NotebookApp />, document.getElementById('app')!);
