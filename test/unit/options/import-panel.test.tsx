// The paste box (the text area; the framed one runs in Chromium, test/e2e and paste-frame.test):
// a paste longer than a team list may be is refused at once and kept out of the box (decided
// from its length, which alone is handed over); a shorter one is the browser's to insert; the
// box is read on Preview, and Preview waits for something other than blanks.
import { createRef } from 'preact';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/components/options/ImportPanel';
import { MAX_DOCUMENT_BYTES } from '@/lib/teamlist';

afterEach(cleanup);

function panel() {
  const onPaste = vi.fn();
  const onHugePaste = vi.fn();
  render(<ImportPanel onFile={vi.fn()} onPaste={onPaste} onHugePaste={onHugePaste} onUrl={vi.fn()} pasteRef={createRef()} />);
  return { onPaste, onHugePaste, box: screen.getByLabelText('Paste a team list') as HTMLTextAreaElement, preview: screen.getByRole('button', { name: 'Preview import' }) as HTMLButtonElement };
}

/** fireEvent's result: false when the handler prevented the default (the insertion). */
function paste(box: HTMLElement, text: string): boolean {
  return fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
}

describe('the paste box', () => {
  it.each([
    ['one unit over the limit', MAX_DOCUMENT_BYTES + 1],
    ['50 MiB', 50 * 1024 * 1024],
  ])('a paste %s is refused at the paste: only its length handed over, never inserted', (_, length) => {
    const { onPaste, onHugePaste, box } = panel();
    expect(paste(box, 'x'.repeat(length))).toBe(false);
    expect(onHugePaste).toHaveBeenCalledExactlyOnceWith(length);
    expect(onPaste).not.toHaveBeenCalled();
    expect(box.value).toBe('');
  });

  it('a paste up to the limit is left to the browser (bytes are counted on Preview)', () => {
    const { onPaste, onHugePaste, box } = panel();
    expect(paste(box, 'x'.repeat(MAX_DOCUMENT_BYTES))).toBe(true);
    expect(onPaste).not.toHaveBeenCalled();
    expect(onHugePaste).not.toHaveBeenCalled();
  });

  it('Preview waits for something other than blanks, and reads the box then', async () => {
    const { onPaste, box, preview } = panel();
    expect(preview.disabled).toBe(true);
    fireEvent.input(box, { target: { value: '  \n ' } });
    expect(preview.disabled).toBe(true);
    fireEvent.input(box, { target: { value: ' {"version": 1} ' } });
    expect(preview.disabled).toBe(false);
    fireEvent.click(preview);
    await waitFor(() => expect(onPaste).toHaveBeenCalledWith({ text: ' {"version": 1} ' }));
  });
});
