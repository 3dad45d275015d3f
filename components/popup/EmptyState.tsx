// What a first-time user sees: what the extension does and how to start.
import { t } from '../../lib/i18n';

export function EmptyState({ onAdd, onOpenOptions }: { onAdd(): void; onOpenOptions(): void }) {
  return (
    <div class="empty">
      <p class="empty-title">{t('popup_emptyTitle')}</p>
      <p>{t('popup_emptyBody')}</p>
      <button type="button" class="button primary" onClick={onAdd}>
        {t('popup_addFirst')}
      </button>
      <p class="empty-hint">
        {t('popup_emptyTeamBefore')}{' '}
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('popup_emptyTeamLink')}
        </button>{' '}
        {t('popup_emptyTeamAfter')}
      </p>
    </div>
  );
}
