// The paste box in a sandboxed extension page (Chromium), framed by the options page.
//
// Why a frame: reading a 50 MB paste (clipboardData.getData) takes Chromium seconds, inside
// one call no script can split. Chromium runs a sandboxed page in its own process, so that
// read blocks the frame, never the options page. The frame hands over the text only when asked
// (Preview), and for a paste too long to be a team list, only its length.
//
// The text never passes through the options page: a read hands the frame one end of a message
// channel whose other end the page gives to its import worker, and the frame sends the text
// into it as UTF-8, transferred. Received by the page, 20 000 roles' text cost it a task of
// 30–56 ms (the buffer's arrival, its decoding and its copy to the worker: issue 11).
//
// The frame side (startPasteFrame) and the page side (connectPasteFrame) talk by postMessage,
// each checking who sent every message and what it holds.
import { t } from '../i18n';
import { MAX_DOCUMENT_BYTES } from '../teamlist/limits';
import { selectionAt } from './text-offset';

/** The page asks the frame. A read carries the port to send the text into. */
export type ToFrame =
  | { type: 'setup'; label: string; lang: string; theme: string | null }
  | { type: 'read'; id: number }
  | { type: 'select'; read: number; line: number; column: number };

/** The frame tells the page. */
export type FromFrame =
  | { type: 'ready' }
  | { type: 'input'; hasText: boolean }
  | { type: 'huge'; length: number };

/** What a read of the paste box gives: its text (a box on the page itself), or the port the
 *  frame sends its text into (receiveText), with the read's number to point into that text. */
export type PastedText = { text: string } | { port: MessagePort; read: number };

/** What the options page needs of a paste box, in a frame or not. */
export interface PasteBoxHandle {
  /** The text in the box now. */
  read(): PastedText;
  /** Focuses the box and selects the character at line:column, if the box still holds the
   *  text `read` gave. */
  select(read: PastedText, line: number, column?: number): void;
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
      return isCount(m.read) && isCount(m.line) && isCount(m.column) ? { type: 'select', read: m.read, line: m.line, column: m.column } : null;
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
  // Counts edits: a selection asked for in the text of a read is made only if no edit came since.
  let revision = 0;
  let lastRead: { id: number; revision: number } | null = null;
  const post = (m: FromFrame) => win.parent.postMessage(m, parentOrigin);
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
      const [port] = e.ports;
      if (!port || e.ports.length !== 1) return;
      const bytes = encodeText(box.value);
      port.postMessage(bytes, [bytes]);
      port.close();
      lastRead = { id: m.id, revision };
    } else if (lastRead?.id === m.read && lastRead.revision === revision) {
      box.focus();
      box.setSelectionRange(...selectionAt(box.value, m.line, m.column));
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

/** How long the text of a read may take to come: the frame is local, so only a broken frame
 *  takes this long. */
export const READ_TIMEOUT_MS = 5_000;

/**
 * The text a frame sends into the port of a read (PastedText), decoded where it arrives: the
 * import worker. A frame that sends nothing within READ_TIMEOUT_MS, or something else than
 * text, ends it with a message that says what to do.
 */
export function receiveText(port: MessagePort, timeoutMs = READ_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    const done = (text: string | null) => {
      clearTimeout(timer);
      port.onmessage = null;
      port.close();
      if (text === null) reject(new Error(t('import_pasteNoAnswer')));
      else resolve(text);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    port.onmessage = (e: MessageEvent) => done(isBuffer(e.data) ? decodeText(e.data) : null);
  });
}

/**
 * The page's side, for the frame `iframe` in `win`: `setup()` says what to show (sent again
 * whenever it is called, e.g. when the theme changes). Messages from anything but that frame
 * are ignored.
 */
export function connectPasteFrame(iframe: HTMLIFrameElement, win: Window, events: FrameEvents, setup: () => Omit<Extract<ToFrame, { type: 'setup' }>, 'type'>) {
  let nextId = 1;
  const post = (m: ToFrame, transfer: Transferable[] = []) => iframe.contentWindow?.postMessage(m, '*', transfer);
  const sendSetup = () => post({ type: 'setup', ...setup() });
  const onMessage = (e: MessageEvent) => {
    if (!iframe.contentWindow || e.source !== iframe.contentWindow) return;
    const m = fromFrame(e.data);
    if (!m) return;
    if (m.type === 'ready') sendSetup();
    else if (m.type === 'input') events.onHasText(m.hasText);
    else events.onHuge(m.length);
  };
  win.addEventListener('message', onMessage);

  const handle: PasteBoxHandle & { setup(): void; close(): void } = {
    read() {
      const id = nextId++;
      const channel = new MessageChannel();
      post({ type: 'read', id }, [channel.port2]);
      return { port: channel.port1, read: id };
    },
    select(read, line, column = 1) {
      if (!('read' in read)) return;
      // Focus moves into the frame from here: a frame may not take it by itself.
      iframe.focus();
      post({ type: 'select', read: read.read, line, column });
    },
    setup: sendSetup,
    close() {
      win.removeEventListener('message', onMessage);
    },
  };
  return handle;
}
