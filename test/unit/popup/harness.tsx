// Renders the popup against a fresh fake-indexeddb database and the scripted background of
// messages-mock.ts (which each test file installs with vi.mock).
import { render, screen, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import { App } from '../../../components/popup/App';
import type { Bookmark } from '../../../lib/bookmark';
import type { HistoryEntry } from '../../../lib/history';
import type { FirstScreen, FirstScreenStore } from '../../../lib/popup/first-screen';
import type { PopupHost } from '../../../lib/popup/host';
import { OWN_KEY, openDatabase, type Db } from '../../../lib/store/db';
import type { SwitchStatus } from '../../../lib/switch/types';
import { background, type Background } from './messages-mock';

export { background, type Background };

export function runningStatus(target: SwitchStatus['target'], startedAt = Date.now()): SwitchStatus {
  return { state: 'running', kind: 'switch', target, step: 'opening', startedAt, deadline: startedAt + 30_000 };
}

/** The background's default answers: no job, not a console tab, switches start. */
export function resetBackground(): Background {
  const bg = background();
  bg.listeners.length = 0;
  bg.send.mockReset();
  bg.send.mockImplementation(async (name, data) => {
    switch (name) {
      case 'getStatus':
        return { job: null, tab: null };
      case 'startSwitch':
        return runningStatus((data as { target: SwitchStatus['target'] }).target);
      default:
        return undefined;
    }
  });
  return bg;
}

/** Sends a statusChanged broadcast to the open popup. */
export function broadcast(status: SwitchStatus): void {
  for (const l of background().listeners) l.statusChanged?.(status);
}

let dbCount = 0;

export interface Rendered {
  db: Db;
  host: PopupHost & { close: ReturnType<typeof vi.fn> };
}

/** A first-screen store in memory, with what was written. */
export function memoryFirstScreen(initial?: FirstScreen): FirstScreenStore & { current?: FirstScreen; writes: number } {
  const store = {
    current: initial,
    writes: 0,
    async read() {
      return store.current;
    },
    async write(snapshot: FirstScreen) {
      store.writes++;
      store.current = structuredClone(snapshot);
    },
  };
  return store;
}

export async function renderPopup(
  seed: { bookmarks?: Bookmark[]; history?: HistoryEntry[] } = {},
  extra: Partial<Omit<PopupHost, 'close'>> = {},
): Promise<Rendered> {
  const db = await openDatabase(`popup-test-${++dbCount}-${Math.random()}`);
  const tx = db.transaction(['own', 'history'], 'readwrite');
  if (seed.bookmarks?.length) void tx.objectStore('own').put({ id: OWN_KEY, bookmarks: seed.bookmarks });
  for (const h of seed.history ?? []) void tx.objectStore('history').put(h);
  await tx.done;
  const host = {
    db: async () => db,
    activeTab: async () => ({ id: 42 }),
    openOptions: vi.fn(async () => {}),
    close: vi.fn(),
    now: () => Date.now(),
    ...extra,
  };
  render(<App host={host} />);
  // Loaded once the whole list, the empty state or an error is shown.
  await waitFor(() => {
    const list = screen.queryByRole('listbox');
    if (list?.getAttribute('aria-busy') === 'true') throw new Error('popup shows only its first screen yet');
    if (!list && !screen.queryByText('No roles bookmarked yet') && !screen.queryByRole('alert')) {
      throw new Error('popup still loading');
    }
    // Room for a large store on a loaded machine (a limit, not a timing assertion).
  }, { timeout: 20_000 });
  return { db, host };
}
