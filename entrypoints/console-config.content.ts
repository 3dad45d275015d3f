import { CONSOLE_PAGE_MATCHES } from '@/lib/console/hosts';
import { CONFIG_EVENT, CONFIG_REQUEST_EVENT, pickConsoleConfig } from '@/lib/content/console-config';

// Page world: hands the isolated content script three fields of the page's console config.
export default defineContentScript({
  matches: CONSOLE_PAGE_MATCHES,
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    const send = () =>
      document.dispatchEvent(new CustomEvent(CONFIG_EVENT, { detail: JSON.stringify(pickConsoleConfig(window as never)) }));
    document.addEventListener(CONFIG_REQUEST_EVENT, send);
    send();
  },
});
