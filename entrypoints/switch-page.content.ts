import { SIGNIN_MATCHES } from '@/lib/console/hosts';
import { runSwitchPage } from '@/lib/content/switch-page';

export default defineContentScript({
  matches: SIGNIN_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runSwitchPage(document, ctx.signal),
});
