// The switch's progress and outcome. The live region is always in the page (a region added
// together with its text is often not announced); only its content changes.
import { t } from '../../lib/i18n';
import type { StatusView } from '../../lib/popup/status';

export function StatusArea({ status }: { status: StatusView | null }) {
  return (
    <div class={status ? `status status-${status.tone}` : 'status status-empty'} role="status" aria-live="polite">
      {status && (
        <>
          <p class="status-text">{status.text}</p>
          {status.detail && <p class="status-detail">{status.detail}</p>}
          {status.consoleText && (
            <p class="status-console">
              {t('status_consoleSaid')} <q>{status.consoleText}</q>
            </p>
          )}
        </>
      )}
    </div>
  );
}
