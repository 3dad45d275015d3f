import { render } from 'preact';
import { App } from '../../components/popup/App';
import { startAppearance } from '../../lib/appearance';
import { t } from '../../lib/i18n';
import { browserHost, prefetching } from '../../lib/popup/host';
import '../../components/theme.css';
import './style.css';

const host = prefetching(browserHost);
void startAppearance(document).then(() => {
  document.title = t('popup_title');
  render(<App host={host} />, document.getElementById('app')!);
});
