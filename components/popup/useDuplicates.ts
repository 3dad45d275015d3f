// The popup's view of duplicates: the learned account IDs (alias and ID of one account are one
// role), and, only when some role is listed twice, the team lists' names to say where else.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { alsoListedText } from '../../lib/bookmark-duplicates';
import type { Bookmark } from '../../lib/bookmark';
import { AccountNames, learnedAccountIdsItem } from '../../lib/known-accounts';
import type { PopupHost } from '../../lib/popup/host';
import { listTeamLists } from '../../lib/store/teamlists';

const NO_NAMES = new AccountNames();

export function useAccountNames(): AccountNames {
  const [names, setNames] = useState(NO_NAMES);
  useEffect(() => {
    void learnedAccountIdsItem.getValue().then(
      (learned) => Object.keys(learned).length && setNames(new AccountNames(learned)),
      () => {},
    );
  }, []);
  return names;
}

/** Bookmark id → "Also in …", for the roles listed more than once. */
export function useAlsoListed(host: Pick<PopupHost, 'db'>, alsoListed: ReadonlyMap<string, Bookmark[]>): ReadonlyMap<string, string> {
  const [listNames, setListNames] = useState<ReadonlyMap<string, string>>(new Map());
  const needsNames = [...alsoListed.values()].some((others) => others.some((b) => b.listId && !listNames.has(b.listId)));
  useEffect(() => {
    if (!needsNames) return;
    void host
      .db()
      .then(listTeamLists)
      .then((lists) => setListNames(new Map(lists.map((l) => [l.id, l.name]))), () => {});
  }, [needsNames, host]);
  return useMemo(() => new Map([...alsoListed].map(([id, others]) => [id, alsoListedText(others, listNames)])), [alsoListed, listNames]);
}
