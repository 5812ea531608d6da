import { defineUnlistedScript } from '#imports';
import { startFirstLook } from '@/utils/first-look-start';

// Loaded by popup.html as a plain script, before its modules: the tab's read (injecting the first-look
// script, judging and extracting the page) starts while the popup's own code loads and renders.
export default defineUnlistedScript(() => {
  startFirstLook(location.search);
});
