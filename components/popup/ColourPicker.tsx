// The palette as radio buttons named after their colours, and a custom colour input.
import { isHexColour, normaliseHexColour, PALETTE } from '../../lib/colour';
import { t, type MessageKey } from '../../lib/i18n';

/** Each palette colour's name, by its hex. */
const NAMES: Record<(typeof PALETTE)[number]['hex'], MessageKey> = {
  '#d32f2f': 'colour_red',
  '#ef6c00': 'colour_orange',
  '#fbc02d': 'colour_yellow',
  '#2e7d32': 'colour_green',
  '#00897b': 'colour_teal',
  '#1565c0': 'colour_blue',
  '#6a1b9a': 'colour_purple',
  '#616161': 'colour_grey',
};

interface Props {
  value: string;
  onChange(colour: string): void;
  error: string | undefined;
  errorId: string;
}

export function ColourPicker({ value, onChange, error, errorId }: Props) {
  const current = isHexColour(value) ? normaliseHexColour(value) : '';
  const custom = current !== '' && !PALETTE.some((p) => p.hex === current);
  return (
    <fieldset class="field colours" aria-describedby={error ? errorId : undefined}>
      <legend>{t('form_colour')}</legend>
      <div class="colour-choices">
        {PALETTE.map((p) => (
          <label key={p.hex} class="colour-choice" title={t(NAMES[p.hex])}>
            <input type="radio" name="colour" value={p.hex} checked={current === p.hex} onChange={() => onChange(p.hex)} />
            <span class="colour-dot" style={{ backgroundColor: p.hex }} aria-hidden="true" />
            <span class="sr-only">{t(NAMES[p.hex])}</span>
          </label>
        ))}
        <label class={custom ? 'colour-custom checked' : 'colour-custom'} title={t('form_customColourTip')}>
          <input
            type="color"
            value={current || '#000000'}
            aria-invalid={error ? true : undefined}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
          <span>{t('form_customColour')}</span>
          <span class="sr-only"> {t('form_colourSr')}</span>
        </label>
      </div>
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
