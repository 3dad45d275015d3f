// The three ways in: a file, pasted text, an https:// URL. The CLI's config.json comes in by
// file or paste and is recognised by its content.
import { useState } from 'preact/hooks';
import type { Ref } from 'preact';

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
        <h4>Import from a file</h4>
        <label for="teamlist-file">Team list file</label>
        <input id="teamlist-file" type="file" accept=".json,application/json" onChange={fileChosen} />
        <p class="hint">A team list, or the Alibaba Cloud CLI's config.json (~/.aliyun/config.json).</p>
      </div>
      <form
        class="import-source"
        onSubmit={(e) => {
          e.preventDefault();
          onUrl(address);
        }}
      >
        <h4>From a URL</h4>
        <label for="teamlist-url">Team list URL</label>
        <input id="teamlist-url" type="url" inputMode="url" placeholder="https://" spellcheck={false} value={address}
          onInput={(e) => setAddress(e.currentTarget.value)} aria-describedby="teamlist-url-help" />
        <button type="submit" disabled={!address.trim()}>
          Fetch and preview
        </button>
        <p id="teamlist-url-help" class="hint">
          https:// only, fetched without cookies. The extension asks for access to that one site first.
        </p>
      </form>
      <form
        class="import-source paste"
        onSubmit={(e) => {
          e.preventDefault();
          onPaste(pasted);
        }}
      >
        <h4>Paste</h4>
        <label for="teamlist-paste">Paste a team list</label>
        <textarea id="teamlist-paste" ref={pasteRef} spellcheck={false} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="submit" disabled={!pasted.trim()}>
          Preview import
        </button>
      </form>
    </div>
  );
}
