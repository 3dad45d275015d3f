// The options page: team lists (import, export), settings, history.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { HistorySection } from './HistorySection';
import { SettingsSection } from './SettingsSection';
import { TeamListsSection } from './TeamListsSection';

export function OptionsApp() {
  // A saved language change renders the page again, in the new language, keeping its state.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    document.title = t('options_title');
  }, [version]);
  return (
    <main>
      <h1>{t('extName')}</h1>
      <TeamListsSection />
      <SettingsSection onLanguageChange={() => setVersion((v) => v + 1)} />
      <HistorySection />
    </main>
  );
}
