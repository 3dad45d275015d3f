// A large import's preview lists a bounded number of roles and counts the rest, so 20 000 roles
// preview at once; it renders them a few per task, so no task renders them all; folded parts
// list their roles only once unfolded.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPreview, LINES_PER_TASK, PREVIEW_LINES } from '@/components/options/ImportPreview';
import type { PreparedImport } from '@/lib/options/import';
import { previewView } from '@/lib/options/preview';
import { listMetaOf, planImport, readTeamList } from '@/lib/teamlist';
import type { Bookmark } from '@/lib/bookmark';

afterEach(cleanup);

function prepare(count: number, existing: Bookmark[] = []): PreparedImport {
  const roles = Array.from({ length: count }, (_, i) => ({ account: 'acme', roleName: `r${i}`, group: `G${i % 4}` }));
  const read = readTeamList(JSON.stringify({ version: 1, name: 'Big', source: 'git:big', roles }));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const meta = listMetaOf(read, { kind: 'paste' });
  return { read, origin: { kind: 'paste' }, meta, existing: { bookmarks: existing }, plan: planImport(existing, read.roles, 'merge') };
}

const props = { applying: false, error: null, onMode: vi.fn(), onApply: vi.fn(), onAgain: vi.fn(), onCancel: vi.fn() };

describe('the preview of a large import', () => {
  const listed = () => document.querySelectorAll('.preview li:not(.more)').length;

  it('lists at most PREVIEW_LINES roles, with every count and how many are not listed', { timeout: 60_000 }, async () => {
    render(<ImportPreview {...props} view={previewView(prepare(20_000))} />);
    await waitFor(() => expect(listed()).toBe(PREVIEW_LINES));
    for (const g of ['G0', 'G1', 'G2', 'G3']) expect(screen.getByRole('group', { name: `Group ${g}` }).textContent).toContain('Added (5000)');
    const more = [...document.querySelectorAll('.preview li.more')].map((li) => li.textContent);
    expect(more).toEqual(['… and 4800 more not listed here', '… and 5000 more not listed here', '… and 5000 more not listed here', '… and 5000 more not listed here']);
    expect(screen.getByRole('button', { name: 'Apply import' })).toBeTruthy();
  });

  it('renders LINES_PER_TASK lines at first and as many more after each task, again from the start for a new view', async () => {
    expect(PREVIEW_LINES % LINES_PER_TASK).toBe(0);
    const seen: number[] = [];
    const { rerender } = render(<ImportPreview {...props} view={previewView(prepare(1000))} />);
    seen.push(listed());
    while (listed() < PREVIEW_LINES) {
      await new Promise((r) => setTimeout(r, 0));
      if (listed() !== seen.at(-1)) seen.push(listed());
    }
    expect(seen).toEqual(Array.from({ length: PREVIEW_LINES / LINES_PER_TASK }, (_, i) => (i + 1) * LINES_PER_TASK));
    rerender(<ImportPreview {...props} view={previewView(prepare(1000))} />);
    expect(listed()).toBe(LINES_PER_TASK);
    await waitFor(() => expect(listed()).toBe(PREVIEW_LINES));
  });

  it('sends the page only the lines it shows: PREVIEW_LINES over all groups, every total kept', () => {
    const view = previewView(prepare(20_000));
    expect(view.groups.map((g) => g.added.length)).toEqual([PREVIEW_LINES, 0, 0, 0]);
    expect(view.groups.map((g) => g.totals.added)).toEqual([5000, 5000, 5000, 5000]);
    expect(view.counts.added).toBe(20_000);
  });

  it('lists everything when it fits', () => {
    render(<ImportPreview {...props} view={previewView(prepare(12))} />);
    expect(document.querySelectorAll('.preview li')).toHaveLength(12);
    expect(document.querySelector('.preview li.more')).toBeNull();
  });

  it('lists a folded part (unchanged) only once it is unfolded', async () => {
    const first = prepare(300);
    const stored: Bookmark[] = first.plan.added.map((r, i) => ({ ...r, id: `b${i}`, colour: r.colour ?? '#1565c0', favourite: false, listId: 'l', createdAt: 1, updatedAt: 1 }) as Bookmark);
    const again = prepare(300, stored);
    expect(again.plan.unchanged.length).toBe(300);
    render(<ImportPreview {...props} view={previewView(again)} />);
    expect(document.querySelectorAll('.preview li')).toHaveLength(0);
    const details = document.querySelector<HTMLDetailsElement>('details.plan-part')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(details.querySelectorAll('li:not(.more)').length).toBeGreaterThan(0));
    expect(details.querySelectorAll('li:not(.more)').length).toBeLessThanOrEqual(PREVIEW_LINES);
  });
});
