// The search field. It keeps focus while the arrows move the list's selection, so it points
// screen readers at the selected row with aria-activedescendant.
import type { Ref } from 'preact';
import { t } from '../../lib/i18n';

interface Props {
  value: string;
  onInput(value: string): void;
  /** The id of the selected row's option, if any. */
  activeId: string | undefined;
  /** The listbox's id, while it is in the page. */
  listId: string | undefined;
  inputRef: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onInput, activeId, listId, inputRef }: Props) {
  return (
    <div class="search">
      <label for="search" class="sr-only">
        {t('popup_searchLabel')}
      </label>
      <input
        id="search"
        ref={inputRef}
        type="search"
        placeholder={t('popup_searchLabel')}
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
