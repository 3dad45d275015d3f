// The paste box of the import: a sandboxed frame where the build has one (Chromium: a huge paste
// blocks the frame's process, not this page; see lib/options/paste-frame.ts), else a text area.
import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { languageTag, t } from '../../lib/i18n';
import { connectPasteFrame, refuseHugePaste, type PasteBoxHandle, type PastedText } from '../../lib/options/paste-frame';
import { selectionAt } from '../../lib/options/text-offset';

export type { PasteBoxHandle, PastedText };

const FRAME_PAGE = 'paste-box.html';

let framed: boolean | undefined;

/** Whether this build has the sandboxed paste page (the manifest lists it; Firefox has none).
 *  Read once: the manifest does not change while the page is open. */
export function hasPasteFrame(): boolean {
  return (framed ??= manifestListsPasteFrame());
}

function manifestListsPasteFrame(): boolean {
  try {
    const sandbox = (browser.runtime.getManifest() as { sandbox?: { pages?: string[] } }).sandbox;
    return sandbox?.pages?.includes(FRAME_PAGE) ?? false;
  } catch {
    return false;
  }
}

interface Props {
  id: string;
  onHasText(hasText: boolean): void;
  /** A paste longer than a team list may be: refused at the paste, from its length alone. */
  onHuge(length: number): void;
  /** How the import reads the box, and points at a problem in it. */
  handle?: Ref<PasteBoxHandle>;
  /** Defaults to hasPasteFrame(). */
  inFrame?: boolean;
}

export function PasteBox({ inFrame = hasPasteFrame(), ...props }: Props) {
  return inFrame ? <FramedBox {...props} /> : <PlainBox {...props} />;
}

type BoxProps = Omit<Props, 'inFrame'>;

function PlainBox({ id, onHasText, onHuge, handle }: BoxProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(handle ?? null, () => ({
    read: () => ({ text: box.current?.value ?? '' }),
    select(read, line, column) {
      const el = box.current;
      if (!el || !('text' in read) || el.value !== read.text) return;
      el.focus();
      el.setSelectionRange(...selectionAt(el.value, line, column));
    },
  }));
  const onPaste = (e: ClipboardEvent) => {
    const length = refuseHugePaste(e);
    if (length !== null) onHuge(length);
  };
  return <textarea id={id} ref={box} spellcheck={false} onInput={(e) => onHasText(/\S/.test(e.currentTarget.value))} onPaste={onPaste} />;
}

function FramedBox({ id, onHasText, onHuge, handle }: BoxProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const connection = useRef<ReturnType<typeof connectPasteFrame> | null>(null);
  // The latest callbacks, for a connection made once.
  const events = useRef({ onHasText, onHuge });
  events.current = { onHasText, onHuge };

  useEffect(() => {
    const doc = frame.current!.ownerDocument;
    const setup = () => ({ label: t('import_pasteLabel'), lang: languageTag(), theme: doc.documentElement.dataset.theme ?? null });
    const c = connectPasteFrame(frame.current!, doc.defaultView!, { onHasText: (v) => events.current.onHasText(v), onHuge: (n) => events.current.onHuge(n) }, setup);
    connection.current = c;
    // The theme can change while the page is open (the appearance setting): the frame follows.
    const themeWatch = new MutationObserver(() => c.setup());
    themeWatch.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme', 'lang'] });
    return () => {
      themeWatch.disconnect();
      c.close();
    };
  }, []);

  useImperativeHandle(handle ?? null, () => ({
    // Before the frame's connection (the first render's effect), a read finds nothing.
    read: () => connection.current?.read() ?? { text: '' },
    select: (read, line, column) => connection.current?.select(read, line, column),
  }));
  return <iframe id={id} ref={frame} class="paste-frame" src={browser.runtime.getURL(`/${FRAME_PAGE}`)} title={t('import_pasteLabel')} />;
}
