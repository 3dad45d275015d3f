// The options page: team lists (import, export), settings, history.
import { HistorySection } from './HistorySection';
import { SettingsSection } from './SettingsSection';
import { TeamListsSection } from './TeamListsSection';

export function OptionsApp() {
  return (
    <main>
      <h1>Switch Roles for Alibaba Cloud</h1>
      <TeamListsSection />
      <SettingsSection />
      <HistorySection />
    </main>
  );
}
