// The three ways in: a file, pasted text, an https:// URL. The CLI's config.json comes in by
// file or paste and is recognised by its content.
import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { t } from '../../lib/i18n';
import { PasteBox, type PasteBoxHandle, type PastedText } from './PasteBox';

interface Props {
  onFile(file: File): void;
  /** The pasted text (or the way to it: PastedText), on Preview. */
  onPaste(pasted: PastedText): void;
  /** A paste too long to be a team list, refused at the paste: only its length is known. */
  onHugePaste(length: number): void;
  /** Called synchronously from the click (or Enter): it asks for the host permission, which
   *  needs the user's gesture. */
  onUrl(address: string): void;
  /** The paste box: read on Preview, and where a syntax problem is shown. */
  pasteRef: RefObject<PasteBoxHandle | null>;
}

export function ImportPanel({ onFile, onPaste, onHugePaste, onUrl, pasteRef }: Props) {
  // The box is not controlled: its text is read on Preview, never copied into state and written
  // back on every input (megabytes each time). Only whether it holds anything is kept.
  const [pastedSomething, setPastedSomething] = useState(false);
  const [address, setAddress] = useState('');

  function fileChosen(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (file) onFile(file);
  }

  return (
    <div class="import-sources">
      <div class="import-source">
        <h4>{t('import_fromFile')}</h4>
        <label for="teamlist-file">{t('import_fileLabel')}</label>
        <input id="teamlist-file" type="file" accept=".json,application/json" onChange={fileChosen} />
        <p class="hint">{t('import_fileHint')}</p>
      </div>
      <form
        class="import-source"
        onSubmit={(e) => {
          e.preventDefault();
          onUrl(address);
        }}
      >
        <h4>{t('import_fromUrl')}</h4>
        <label for="teamlist-url">{t('import_urlLabel')}</label>
        <input id="teamlist-url" type="url" inputMode="url" placeholder="https://" spellcheck={false} value={address}
          onInput={(e) => setAddress(e.currentTarget.value)} aria-describedby="teamlist-url-help" />
        <button type="submit" disabled={!address.trim()}>
          {t('import_fetchPreview')}
        </button>
        <p id="teamlist-url-help" class="hint">
          {t('import_urlHint')}
        </p>
      </form>
      <form
        class="import-source paste"
        onSubmit={(e) => {
          e.preventDefault();
          const pasted = pasteRef.current?.read();
          if (pasted) onPaste(pasted);
        }}
      >
        <h4>{t('import_paste')}</h4>
        <label for="teamlist-paste">{t('import_pasteLabel')}</label>
        <PasteBox id="teamlist-paste" handle={pasteRef} onHasText={setPastedSomething} onHuge={onHugePaste} />
        <button type="submit" disabled={!pastedSomething}>
          {t('import_previewButton')}
        </button>
      </form>
    </div>
  );
}
