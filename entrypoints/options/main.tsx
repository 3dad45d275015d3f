import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { startAppearance } from '../../lib/appearance';
import '../../components/theme.css';
import './style.css';

void startAppearance(document).then(() => render(<OptionsApp />, document.getElementById('app')!));
