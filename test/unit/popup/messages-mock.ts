// A scripted background for popup tests: records what the popup sends and lets a test
// broadcast to it. Each test file mocks lib/messages with it (vi.mock is per file):
//   vi.mock('../../../lib/messages', async () => (await import('./messages-mock')).messagesMock());
import { vi } from 'vitest';

type Handler = (data: unknown) => unknown;

/** What the mocked lib/messages records and answers; one per test file's module registry. */
export interface Background {
  send: ReturnType<typeof vi.fn<(name: string, data: unknown) => Promise<unknown>>>;
  listeners: Record<string, Handler>[];
}

const KEY = '__popupTestBackground';

export function background(): Background {
  const g = globalThis as unknown as Record<string, Background | undefined>;
  return (g[KEY] ??= { send: vi.fn(), listeners: [] });
}

export function messagesMock() {
  return {
    sendToBackground: (name: string, data: unknown) => background().send(name, data),
    handleMessages: (_from: string, handlers: Record<string, Handler>) => {
      background().listeners.push(handlers);
      return () => {
        const list = background().listeners;
        list.splice(list.indexOf(handlers), 1);
      };
    },
  };
}

