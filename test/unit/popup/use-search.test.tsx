// The popup's search with very many bookmarks: a keystroke lists the first matches at once,
// marked partial, then the whole answer after the paint. Below the threshold: one step.
import { renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SEARCH_IN_TWO_STEPS_FROM, useSearch, type SearchMatches } from '@/components/popup/useSearch';
import { FIRST_SCREEN_BOOKMARKS } from '@/lib/popup/first-screen';
import { filterGroups, indexBookmarks, queryTokens } from '@/lib/popup/search';
import { manyBookmarks } from './factories';

const indexed = indexBookmarks(manyBookmarks(3000));
const count = (groups: { entries: unknown[] }[]) => groups.reduce((n, g) => n + g.entries.length, 0);

describe('useSearch', () => {
  it('with very many bookmarks: the first matches first (partial), then all of them', async () => {
    const tokens = queryTokens('role-1');
    const all = count(filterGroups(indexed, tokens));
    expect(all).toBeGreaterThan(FIRST_SCREEN_BOOKMARKS);
    // Every render's answer (rendering in tests runs the effects at once: the first is not result.current).
    const seen: SearchMatches[] = [];
    const { result } = renderHook(() => {
      const matches = useSearch(indexed, tokens, SEARCH_IN_TWO_STEPS_FROM);
      seen.push(matches);
      return matches;
    });
    const first = seen[0]!;
    expect(first.partial).toBe(true);
    expect(count(first.groups)).toBe(FIRST_SCREEN_BOOKMARKS);
    await waitFor(() => expect(result.current.partial).toBe(false));
    expect(count(result.current.groups)).toBe(all);
    // The first matches were the start of the whole answer, in its order.
    const keys = (groups: typeof first.groups) => groups.flatMap((g) => g.entries.map((e) => e.key));
    expect(keys(result.current.groups).slice(0, FIRST_SCREEN_BOOKMARKS)).toEqual(keys(first.groups));
  });

  it('each new query starts partial again, and never shows the previous query\'s whole answer', async () => {
    const seen: SearchMatches[] = [];
    const { result, rerender } = renderHook(
      ({ q }: { q: string }) => {
        const matches = useSearch(indexed, queryTokens(q), SEARCH_IN_TWO_STEPS_FROM);
        seen.push(matches);
        return matches;
      },
      { initialProps: { q: 'role-1' } },
    );
    await waitFor(() => expect(result.current.partial).toBe(false));
    const before = seen.length;
    rerender({ q: 'role-12' });
    const next = seen[before]!;
    expect(next.partial).toBe(true);
    // Every answer for the new query holds only its matches: never the old query's list.
    for (const m of seen.slice(before)) expect(m.groups.every((g) => g.entries.every((e) => e.text.includes('role-12')))).toBe(true);
    await waitFor(() => expect(result.current.partial).toBe(false));
    expect(count(result.current.groups)).toBe(count(filterGroups(indexed, queryTokens('role-12'))));
  });

  it('below the threshold, and with no query, one step: the whole answer at once', () => {
    const below = renderHook(() => useSearch(indexed, queryTokens('role-1'), SEARCH_IN_TWO_STEPS_FROM - 1)).result.current;
    expect(below).toEqual({ groups: filterGroups(indexed, queryTokens('role-1')), partial: false });
    const none = renderHook(() => useSearch(indexed, [], SEARCH_IN_TWO_STEPS_FROM * 5)).result.current;
    expect(none.partial).toBe(false);
    expect(none.groups).toBe(indexed);
  });
});
