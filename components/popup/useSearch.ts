// The search's matches. With very many bookmarks a keystroke first lists the first matches (as
// many as the popup shows), painted at once, and the whole answer a frame later: the screen
// is the same, and reading all 100 000 bookmarks first would hold that frame back (its start:
// 15 ms after the keystroke instead of 8 on the bench's machine, docs/performance.md).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { FIRST_SCREEN_BOOKMARKS } from '../../lib/popup/first-screen';
import { filterGroups, type IndexedGroup } from '../../lib/popup/search';

/** From this many bookmarks, a search lists its first matches first. */
export const SEARCH_IN_TWO_STEPS_FROM = 20_000;

export interface SearchMatches {
  groups: IndexedGroup[];
  /** Only the first matches so far: the whole answer follows after the next paint. */
  partial: boolean;
}

export function useSearch(indexed: readonly IndexedGroup[], tokens: readonly string[], bookmarkCount: number): SearchMatches {
  const inTwoSteps = tokens.length > 0 && bookmarkCount >= SEARCH_IN_TWO_STEPS_FROM;
  const query = tokens.join(' ');
  const [late, setLate] = useState<{ indexed: readonly IndexedGroup[]; query: string; groups: IndexedGroup[] } | null>(null);
  const lateIsCurrent = late !== null && late.indexed === indexed && late.query === query;
  const now = useMemo(
    () => (inTwoSteps ? (lateIsCurrent ? null : filterGroups(indexed, tokens, FIRST_SCREEN_BOOKMARKS)) : filterGroups(indexed, tokens)),
    [indexed, tokens, inTwoSteps, lateIsCurrent],
  );
  // An effect runs after the paint: the first matches are on screen by then.
  useEffect(() => {
    if (inTwoSteps && !lateIsCurrent) setLate({ indexed, query, groups: filterGroups(indexed, tokens) });
  }, [indexed, tokens, inTwoSteps, lateIsCurrent]);
  return now ? { groups: now, partial: inTwoSteps } : { groups: late!.groups, partial: false };
}
