// A labelled text field with its hint and its error, wired for screen readers.
import type { Ref } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  hint?: string;
  error: string | undefined;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  onInput(value: string): void;
  /** The field was left (or Enter pressed) with this value. */
  onChange?(value: string): void;
}

export function Field({ id, label, value, hint, error, placeholder, inputRef, onInput, onChange }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        autoComplete="off"
        spellcheck={false}
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
        onChange={onChange && ((e) => onChange(e.currentTarget.value))}
      />
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
