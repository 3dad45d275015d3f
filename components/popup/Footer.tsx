// The keyboard hint and the way to the options page.
import { t } from '../../lib/i18n';

export function Footer({ onOpenOptions }: { onOpenOptions(): void }) {
  return (
    <footer class="footer">
      <p class="keys">
        <kbd>↑</kbd>
        <kbd>↓</kbd> {t('popup_keysSelect')} · <kbd>Enter</kbd> {t('popup_keysSwitch')} · <kbd>/</kbd> {t('popup_keysSearch')} · <kbd>Esc</kbd>{' '}
        {t('popup_keysEsc')}
      </p>
      <a
        href="#"
        onClick={(e) => {
          e.preventDefault();
          onOpenOptions();
        }}
      >
        {t('popup_openOptions')}
      </a>
    </footer>
  );
}
