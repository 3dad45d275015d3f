// Both catalogues, bundled into the contexts that import this module: those that can neither
// count on the browser's getMessage for the language set nor fetch the extension's files (the
// sign-in page's content script, whose fetches are the page's), and the unit tests.
import enText from '../../public/_locales/en/messages.json?catalog';
import zhCNText from '../../public/_locales/zh_CN/messages.json?catalog';
import { bundleCatalogs } from './index';

bundleCatalogs({ en: enText, zh_CN: zhCNText });
