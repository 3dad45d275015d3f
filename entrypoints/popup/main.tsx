import { render } from 'preact';
import { App } from '../../components/popup/App';
import { browserHost } from '../../lib/popup/host';
import '../../components/theme.css';
import './style.css';

render(<App host={browserHost} />, document.getElementById('app')!);
