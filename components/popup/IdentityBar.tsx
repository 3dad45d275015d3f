// Who the active tab is acting as, and the way back to the logon identity.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { IdentityView } from '../../lib/popup/identity';
import { Swatch } from './Swatch';

interface Props {
  identity: IdentityView;
  /** The colour of the bookmark for the active role, when there is one. */
  colour: string | undefined;
  onSwitchBack(): void;
  /** Offered when the page cannot be read: copies a report of its shape for a bug report. */
  onCopyReport?: () => Promise<string>;
}

export function IdentityBar({ identity, colour, onSwitchBack, onCopyReport }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div class={`identity identity-${identity.tone}`} aria-busy={identity.busy ? 'true' : undefined}>
      {colour ? <Swatch colour={colour} /> : <span class="identity-dot" aria-hidden="true" />}
      <div class="identity-text">
        <span class="identity-main">{identity.text}</span>
        {identity.detail && <span class="identity-detail">{identity.detail}</span>}
        {onCopyReport && identity.tone === 'unknown' && (
          <span class="identity-report">
            <button type="button" class="link-button" onClick={() => void onCopyReport().then(setCopied)}>
              {t('popup_copyReport')}
            </button>
            {copied && <span role="status">{copied}</span>}
          </span>
        )}
      </div>
      <button type="button" class="button small" disabled={!identity.canSwitchBack} onClick={onSwitchBack}>
        {t('popup_switchBack')}
      </button>
    </div>
  );
}
