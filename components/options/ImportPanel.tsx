// The three ways in: a file, pasted text, an https:// URL. The CLI's config.json comes in by
// file or paste and is recognised by its content.
import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { t } from '../../lib/i18n';

interface Props {
  onFile(file: File): void;
  onPaste(text: string): void;
  /** Called synchronously from the click (or Enter): it asks for the host permission, which
   *  needs the user's gesture. */
  onUrl(address: string): void;
  /** The paste box, so a syntax problem can be shown in it. */
  pasteRef?: Ref<HTMLTextAreaElement>;
}

export function ImportPanel({ onFile, onPaste, onUrl, pasteRef }: Props) {
  const [pasted, setPasted] = useState('');
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
          onPaste(pasted);
        }}
      >
        <h4>{t('import_paste')}</h4>
        <label for="teamlist-paste">{t('import_pasteLabel')}</label>
        <textarea id="teamlist-paste" ref={pasteRef} spellcheck={false} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="submit" disabled={!pasted.trim()}>
          {t('import_previewButton')}
        </button>
      </form>
    </div>
  );
}
