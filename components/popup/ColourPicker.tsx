// The palette as radio buttons named after their colours, and a custom colour input.
import { isHexColour, normaliseHexColour, PALETTE } from '../../lib/colour';

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
      <legend>Colour</legend>
      <div class="colour-choices">
        {PALETTE.map((p) => (
          <label key={p.hex} class="colour-choice" title={p.name}>
            <input type="radio" name="colour" value={p.hex} checked={current === p.hex} onChange={() => onChange(p.hex)} />
            <span class="colour-dot" style={{ backgroundColor: p.hex }} aria-hidden="true" />
            <span class="sr-only">{p.name}</span>
          </label>
        ))}
        <label class={custom ? 'colour-custom checked' : 'colour-custom'} title="Custom colour">
          <input
            type="color"
            value={current || '#000000'}
            aria-invalid={error ? true : undefined}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
          <span>Custom</span>
          <span class="sr-only"> colour</span>
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
