// Applies the appearance settings to an extension page: the theme (data-theme on <html>, read
// by components/theme.css) and the UI language. Run before the first render.
import { setLanguage } from './i18n';
import { getSettings, type Settings, type Theme } from './settings';

export function applyTheme(doc: Document, theme: Theme): void {
  if (theme === 'system') delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = theme;
}

export function applyAppearance(doc: Document, settings: Pick<Settings, 'theme' | 'language'>): void {
  applyTheme(doc, settings.theme);
  setLanguage(settings.language);
}

/** Reads the settings and applies them; a settings read that fails leaves the defaults. */
export async function startAppearance(doc: Document): Promise<void> {
  let settings: Pick<Settings, 'theme' | 'language'> = { theme: 'system', language: 'system' };
  try {
    settings = await getSettings();
  } catch (e) {
    console.error('Switch Roles: settings could not be read; using the browser language and the system theme.', e);
  }
  applyAppearance(doc, settings);
}
