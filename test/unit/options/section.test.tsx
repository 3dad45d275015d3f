// The Team lists section in happy-dom: the URL import's permission request (made in the
// click itself, for one origin; refused → nothing fetched), apply → stored and announced,
// and a preview made stale by another window refused.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TeamListsSection } from '@/components/options/TeamListsSection';
import { db } from '@/lib/store/db';
import { applyImport, existingForSource } from '@/lib/store/teamlists';
import { listMetaOf, planImport, readTeamList } from '@/lib/teamlist';
import { listBookmarks } from '@/lib/store/bookmarks';

const sent = vi.hoisted(() => vi.fn(async (_name: string, _data: unknown) => undefined));
vi.mock('@/lib/messages', () => ({ sendToBackground: sent }));

const DOC = JSON.stringify({ version: 1, name: 'Platform', roles: [{ account: 'acme', roleName: 'dev', group: 'Dev' }] });

let request: ReturnType<typeof vi.fn>;
let fetchSpy: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  sent.mockClear();
  request = vi.fn();
  fakeBrowser.permissions.request = request as never;
  fetchSpy = vi.fn(async () => new Response(DOC, { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchSpy);
  const d = await db();
  await d.clear('own');
  await d.clear('listRoles');
  await d.clear('lists');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fetchUrl(address: string) {
  fireEvent.input(screen.getByLabelText('Team list URL'), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: 'Fetch and preview' }));
}

async function stored() {
  const d = await db();
  return { lists: await d.getAll('lists'), bookmarks: await listBookmarks(d) };
}

describe('import from a URL', () => {
  it('asks for that one origin within the click itself, and says it is waiting', async () => {
    request.mockReturnValue(new Promise(() => {}));
    render(<TeamListsSection />);
    fetchUrl('https://lists.example.com:8443/team.json');
    // Synchronously: no await came before the request, so the user's gesture still counts.
    expect(request).toHaveBeenCalledWith({ origins: ['https://lists.example.com:8443/*'] });
    expect(await screen.findByText('Waiting for your permission to read lists.example.com:8443…')).toBeTruthy();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('fetches nothing when permission is refused, and says so', async () => {
    request.mockResolvedValue(false);
    render(<TeamListsSection />);
    fetchUrl('https://lists.example.com/team.json');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('The extension was not allowed to read lists.example.com, so the list was not fetched.'),
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ lists: [], bookmarks: [] });
  });

  it('refuses an address that is not https:// before asking for anything', async () => {
    render(<TeamListsSection />);
    fetchUrl('http://lists.example.com/team.json');
    expect((await screen.findByRole('alert')).textContent).toContain('only over https://');
    expect(request).not.toHaveBeenCalled();
  });

  it('fetches without cookies once allowed, previews, and applies only on "Apply import"', async () => {
    request.mockResolvedValue(true);
    render(<TeamListsSection />);
    fetchUrl('https://lists.example.com/team.json');
    await screen.findByText('Preview: Platform');
    expect(fetchSpy).toHaveBeenCalledWith('https://lists.example.com/team.json', expect.objectContaining({ credentials: 'omit' }));
    expect(await stored()).toEqual({ lists: [], bookmarks: [] });

    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    await screen.findByText('Imported "Platform": 1 added, 0 changed, 0 removed.');
    const { lists, bookmarks } = await stored();
    expect(lists).toMatchObject([{ name: 'Platform', sourceKind: 'url', url: 'https://lists.example.com/team.json' }]);
    expect(bookmarks).toMatchObject([{ account: 'acme', roleName: 'dev', listId: lists[0]!.id }]);
    expect(sent).toHaveBeenCalledWith('bookmarksChanged', {});
    expect(await screen.findByRole('button', { name: 'Refresh Platform' })).toBeTruthy();
  });
});

describe('a paste too long to be a team list', () => {
  it('is refused at the paste from its length, saying the size and the limit, and nothing is stored', async () => {
    render(<TeamListsSection />);
    const box = screen.getByLabelText('Paste a team list');
    const text = 'x'.repeat(50 * 1024 * 1024);
    fireEvent.paste(box, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    await screen.findByText('The document is at least 50 MiB; a team list may be at most 8 MiB (8388608 bytes). Split it into several lists.');
    expect(screen.getByRole('alert').textContent).toContain('Nothing was imported');
    expect((await stored()).lists).toEqual([]);
  });
});

describe('a refused paste in the text area (Firefox has no framed box)', () => {
  it('"Show in the text" selects the character the problem names, only while the box holds the text read', async () => {
    render(<TeamListsSection />);
    const box = screen.getByLabelText('Paste a team list') as HTMLTextAreaElement;
    const text = '{\n  "version": 1,\n  "roles": [\n    { "account": "acme", "roleName": "ops", }\n  ]\n}';
    fireEvent.input(box, { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const show = await screen.findByRole('button', { name: 'Show in the text' });
    expect(screen.getByRole('alert').textContent).toContain('Line 4, column 45');
    fireEvent.click(show);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('}');
    expect(document.activeElement).toBe(box);
    // Edited since: the place named belongs to the text read, not to this one.
    fireEvent.input(box, { target: { value: `${text} ` } });
    box.setSelectionRange(0, 0);
    fireEvent.click(show);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 0]);
  });
});

describe('apply', () => {
  it('refuses a preview the list changed since (another window), and changes nothing', async () => {
    render(<TeamListsSection />);
    fireEvent.input(screen.getByLabelText('Paste a team list'), { target: { value: DOC } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    await screen.findByText('Preview: Platform');

    // Another window imports the same list meanwhile.
    const read = readTeamList(DOC);
    if (!read.ok) throw new Error('fixture');
    const meta = listMetaOf(read, { kind: 'paste' });
    const d = await db();
    await applyImport(d, planImport((await existingForSource(d, meta.sourceKey)).bookmarks, read.roles), meta);
    const before = await stored();

    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    expect((await screen.findByText(/preview the import again/)).textContent).toContain('Nothing was changed');
    expect(await stored()).toEqual(before);
    expect(sent).not.toHaveBeenCalled();
    // "Preview again": the same document against what is stored now.
    fireEvent.click(screen.getByRole('button', { name: 'Preview again' }));
    await screen.findByText('Nothing to change: its one role is unchanged.');
    expect(screen.queryByText(/preview the import again/)).toBeNull();
  });
});
