import { describe, expect, it, vi } from 'vitest';
import { copyDiagnosticReport } from '@/lib/popup/diagnostic';

describe('copyDiagnosticReport', () => {
  it('copies what the tab reports and says how much', async () => {
    const copy = vi.fn(async () => {});
    const result = await copyDiagnosticReport(7, { ask: async (id) => ({ report: `tab ${id}\nbody\n  div` }), copy });
    expect(copy).toHaveBeenCalledWith('tab 7\nbody\n  div');
    expect(result).toEqual({ ok: true, text: expect.stringContaining('Copied a diagnostic report (3 lines)') });
  });

  it('says why when the page does not answer, and copies nothing', async () => {
    const copy = vi.fn(async () => {});
    const result = await copyDiagnosticReport(7, { ask: async () => Promise.reject(new Error('Receiving end does not exist.')), copy });
    expect(copy).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: false, text: expect.stringContaining('Receiving end does not exist.') });
  });

  it('says why when the clipboard refuses', async () => {
    const result = await copyDiagnosticReport(7, { ask: async () => ({ report: 'x' }), copy: async () => Promise.reject(new Error('Document is not focused.')) });
    expect(result).toEqual({ ok: false, text: expect.stringContaining('Document is not focused.') });
  });
});
