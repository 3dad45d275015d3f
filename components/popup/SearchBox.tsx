// The search field. It keeps focus while the arrows move the list's selection, so it points
// screen readers at the selected row with aria-activedescendant.
import type { Ref } from 'preact';

interface Props {
  value: string;
  onInput(value: string): void;
  /** The id of the selected row's option, if any. */
  activeId: string | undefined;
  listId: string;
  inputRef: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onInput, activeId, listId, inputRef }: Props) {
  return (
    <div class="search">
      <label for="search" class="sr-only">
        Search roles
      </label>
      <input
        id="search"
        ref={inputRef}
        type="search"
        placeholder="Search roles"
        autoComplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-controls={listId}
        aria-activedescendant={activeId}
      />
    </div>
  );
}
