// A recent role that is not bookmarked: its one action bookmarks it.
import type { HistoryEntry } from '../../lib/history';
import { t } from '../../lib/i18n';

export function HistoryActions({ entry, onBookmark }: { entry: HistoryEntry; onBookmark(entry: HistoryEntry): void }) {
  return (
    <button
      type="button"
      class="button small"
      aria-label={t('popup_bookmarkRecentLabel', { role: entry.roleName, account: entry.account })}
      title={t('popup_bookmarkRecentTip')}
      onClick={() => onBookmark(entry)}
    >
      {t('popup_bookmarkRecent')}
    </button>
  );
}
