// The paste box in a sandboxed extension page (Chromium), framed by the options page.
//
// Why a frame: reading a 50 MB paste (clipboardData.getData) takes Chromium seconds, inside
// one call no script can split. Chromium runs a sandboxed page in its own process, so that
// read blocks the frame, never the options page. The frame hands over the text only when asked
// (Preview), and for a paste too long to be a team list, only its length.
//
// The frame side (startPasteFrame) and the page side (connectPasteFrame) talk by postMessage,
// each checking who sent every message and what it holds.
import { t } from '../i18n';
import { MAX_DOCUMENT_BYTES } from '../teamlist/limits';

/** The page asks the frame. */
export type ToFrame =
  | { type: 'setup'; label: string; lang: string; theme: string | null }
  | { type: 'read'; id: number }
  | { type: 'select'; revision: number; start: number; end: number };

/** The frame tells the page. */
export type FromFrame =
  | { type: 'ready' }
  | { type: 'input'; hasText: boolean }
  | { type: 'huge'; length: number }
  // The text as UTF-8, transferred: a string of megabytes took the options page ~100 ms to
  // receive from the frame's process; a transferred buffer and a decode take a few.
  | { type: 'text'; id: number; bytes: ArrayBuffer; revision: number };

/** What the options page needs of a paste box, in a frame or not. */
export interface PasteBoxHandle {
  /** The text in the box now. */
  read(): Promise<string>;
  /** Focuses the box and selects [start, end), if it still holds `text` (a read's answer). */
  select(text: string, start: number, end: number): void;
}

/**
 * Decided from the length alone: a paste longer than a team list may be never enters the box,
 * where laying out megabytes of text blocks for minutes. Its insertion is prevented and its
 * length returned; null for a paste left to the browser.
 */
export function refuseHugePaste(e: ClipboardEvent): number | null {
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= MAX_DOCUMENT_BYTES) return null;
  e.preventDefault();
  return text.length;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
// Not instanceof: a buffer made in another realm (a test's) is an ArrayBuffer too.
const isBuffer = (v: unknown): v is ArrayBuffer => Object.prototype.toString.call(v) === '[object ArrayBuffer]';

/** A message from the frame, checked field by field; null for anything else. */
export function fromFrame(data: unknown): FromFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'input':
      return typeof m.hasText === 'boolean' ? { type: 'input', hasText: m.hasText } : null;
    case 'huge':
      return isCount(m.length) ? { type: 'huge', length: m.length } : null;
    case 'text':
      return isCount(m.id) && isBuffer(m.bytes) && isCount(m.revision) ? { type: 'text', id: m.id, bytes: m.bytes, revision: m.revision } : null;
    default:
      return null;
  }
}

/** A message from the page, checked field by field; null for anything else. */
export function toFrame(data: unknown): ToFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'setup':
      return typeof m.label === 'string' && typeof m.lang === 'string' && (m.theme === null || typeof m.theme === 'string')
        ? { type: 'setup', label: m.label, lang: m.lang, theme: m.theme }
        : null;
    case 'read':
      return isCount(m.id) ? { type: 'read', id: m.id } : null;
    case 'select':
      return isCount(m.revision) && isCount(m.start) && isCount(m.end) ? { type: 'select', revision: m.revision, start: m.start, end: m.end } : null;
    default:
      return null;
  }
}

/** UTF-8 both ways; a lone surrogate (not valid JSON text anyway) becomes U+FFFD. */
export const encodeText = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
export const decodeText = (bytes: ArrayBuffer): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/**
 * The frame's side: `box` is its text area. Answers only its parent, the options page, whose
 * origin is the extension's own (`parentOrigin`). Returns the function that stops it.
 */
export function startPasteFrame(win: Window, box: HTMLTextAreaElement, parentOrigin: string): () => void {
  const doc = box.ownerDocument;
  // Counts edits: a selection asked for an older text is not made in a newer one.
  let revision = 0;
  const post = (m: FromFrame, transfer: Transferable[] = []) => win.parent.postMessage(m, parentOrigin, transfer);
  const onInput = () => {
    revision++;
    post({ type: 'input', hasText: /\S/.test(box.value) });
  };
  // Of a huge paste, only its length leaves the frame.
  const onPaste = (e: ClipboardEvent) => {
    const length = refuseHugePaste(e);
    if (length !== null) post({ type: 'huge', length });
  };
  const onMessage = (e: MessageEvent) => {
    if (e.source !== win.parent || e.origin !== parentOrigin) return;
    const m = toFrame(e.data);
    if (!m) return;
    if (m.type === 'setup') {
      box.setAttribute('aria-label', m.label);
      doc.documentElement.lang = m.lang;
      if (m.theme) doc.documentElement.dataset.theme = m.theme;
      else delete doc.documentElement.dataset.theme;
    } else if (m.type === 'read') {
      const bytes = encodeText(box.value);
      post({ type: 'text', id: m.id, bytes, revision }, [bytes]);
    } else if (m.revision === revision) {
      box.focus();
      box.setSelectionRange(m.start, m.end);
    }
  };
  box.addEventListener('input', onInput);
  box.addEventListener('paste', onPaste);
  win.addEventListener('message', onMessage);
  post({ type: 'ready' });
  return () => {
    box.removeEventListener('input', onInput);
    box.removeEventListener('paste', onPaste);
    win.removeEventListener('message', onMessage);
  };
}

export interface FrameEvents {
  onHasText(hasText: boolean): void;
  /** A paste longer than a team list may be, refused in the frame: only its length came. */
  onHuge(length: number): void;
}

/** How long a read waits for the frame: it is local, so only a broken frame takes this long. */
export const READ_TIMEOUT_MS = 5_000;

/**
 * The page's side, for the frame `iframe` in `win`: `setup()` says what to show (sent again
 * whenever it is called, e.g. when the theme changes). Messages from anything but that frame
 * are ignored.
 */
export function connectPasteFrame(iframe: HTMLIFrameElement, win: Window, events: FrameEvents, setup: () => Omit<Extract<ToFrame, { type: 'setup' }>, 'type'>) {
  let nextId = 1;
  const pending = new Map<number, (answer: { text: string; revision: number } | Error) => void>();
  let lastRead: { text: string; revision: number } | null = null;
  const post = (m: ToFrame) => iframe.contentWindow?.postMessage(m, '*');
  const sendSetup = () => post({ type: 'setup', ...setup() });
  const onMessage = (e: MessageEvent) => {
    if (!iframe.contentWindow || e.source !== iframe.contentWindow) return;
    const m = fromFrame(e.data);
    if (!m) return;
    if (m.type === 'ready') sendSetup();
    else if (m.type === 'input') events.onHasText(m.hasText);
    else if (m.type === 'huge') events.onHuge(m.length);
    else pending.get(m.id)?.({ text: decodeText(m.bytes), revision: m.revision });
  };
  win.addEventListener('message', onMessage);

  const handle: PasteBoxHandle & { setup(): void; close(): void } = {
    read() {
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        const timer = win.setTimeout(() => settle(new Error(t('import_pasteNoAnswer'))), READ_TIMEOUT_MS);
        const settle = (answer: { text: string; revision: number } | Error) => {
          win.clearTimeout(timer);
          pending.delete(id);
          if (answer instanceof Error) return reject(answer);
          lastRead = answer;
          resolve(answer.text);
        };
        pending.set(id, settle);
        post({ type: 'read', id });
      });
    },
    select(text, start, end) {
      if (!lastRead || lastRead.text !== text) return;
      // Focus moves into the frame from here: a frame may not take it by itself.
      iframe.focus();
      post({ type: 'select', revision: lastRead.revision, start, end });
    },
    setup: sendSetup,
    close() {
      win.removeEventListener('message', onMessage);
      for (const settle of pending.values()) settle(new Error(t('import_pasteNoAnswer')));
    },
  };
  return handle;
}
