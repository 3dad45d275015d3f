// The paste box: a paste longer than a team list may be is handed over at once and kept out of
// the box (decided from its length); a shorter one is the browser's to insert; the box is read
// on Preview, and Preview waits for something other than blanks.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '@/components/options/ImportPanel';
import { MAX_DOCUMENT_BYTES } from '@/lib/teamlist';

afterEach(cleanup);

function panel() {
  const onPaste = vi.fn();
  render(<ImportPanel onFile={vi.fn()} onPaste={onPaste} onUrl={vi.fn()} />);
  return { onPaste, box: screen.getByLabelText('Paste a team list') as HTMLTextAreaElement, preview: screen.getByRole('button', { name: 'Preview import' }) as HTMLButtonElement };
}

/** fireEvent's result: false when the handler prevented the default (the insertion). */
function paste(box: HTMLElement, text: string): boolean {
  return fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
}

describe('the paste box', () => {
  it.each([
    ['one unit over the limit', MAX_DOCUMENT_BYTES + 1],
    ['50 MiB', 50 * 1024 * 1024],
  ])('a paste %s is refused at the paste: handed over whole, never inserted', (_, length) => {
    const { onPaste, box } = panel();
    const text = 'x'.repeat(length);
    expect(paste(box, text)).toBe(false);
    expect(onPaste).toHaveBeenCalledTimes(1);
    expect(onPaste.mock.calls[0]![0]).toBe(text);
    expect(box.value).toBe('');
  });

  it('a paste up to the limit is left to the browser (bytes are counted on Preview)', () => {
    const { onPaste, box } = panel();
    expect(paste(box, 'x'.repeat(MAX_DOCUMENT_BYTES))).toBe(true);
    expect(onPaste).not.toHaveBeenCalled();
  });

  it('Preview waits for something other than blanks, and reads the box then', () => {
    const { onPaste, box, preview } = panel();
    expect(preview.disabled).toBe(true);
    fireEvent.input(box, { target: { value: '  \n ' } });
    expect(preview.disabled).toBe(true);
    fireEvent.input(box, { target: { value: ' {"version": 1} ' } });
    expect(preview.disabled).toBe(false);
    fireEvent.click(preview);
    expect(onPaste).toHaveBeenCalledWith(' {"version": 1} ');
  });
});
