// An error (or note) from a list action, shown until dismissed.
import { t } from '../../lib/i18n';
import type { Notice as NoticeData } from '../../lib/popup/bookmarks';

export function Notice({ notice, onDismiss }: { notice: NoticeData; onDismiss(): void }) {
  return (
    <div class={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
      <p>{notice.text}</p>
      <button type="button" class="link" onClick={onDismiss}>
        {t('popup_dismiss')}
      </button>
    </div>
  );
}
