// The popup: header (search, identity, add), status, the role list or the form, the undo
// toast and the footer. It owns what is on screen (query, selection, which panel); the data
// and the switching live in lib/popup, bound by the two hooks.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Bookmark, BookmarkFields } from '../../lib/bookmark';
import { RECENT_LIMIT } from '../../lib/popup/bookmarks';
import { t } from '../../lib/i18n';
import type { PopupHost } from '../../lib/popup/host';
import { BookmarkMatcher, recentItems } from '../../lib/popup/recent';
import { bookmarkKey, buildRows, isSelectable, targetOf, targetOfFields, type RowList, type SelectableRow } from '../../lib/popup/rows';
import { indexBookmarks, queryTokens } from '../../lib/popup/search';
import { moveForKey, moveSelection, selectableFrom } from '../../lib/popup/selection';
import { BookmarkForm } from './BookmarkForm';
import { EmptyState } from './EmptyState';
import { Footer } from './Footer';
import { IdentityBar } from './IdentityBar';
import { Notice } from './Notice';
import { optionId, RoleList } from './RoleList';
import { SearchBox } from './SearchBox';
import { StatusArea } from './StatusArea';
import { UndoToast } from './UndoToast';
import { useAccountNames, useAlsoListed } from './useDuplicates';
import { useBookmarks, useKeepFirstScreen } from './useBookmarks';
import { dedupeBookmarks } from '../../lib/bookmark-duplicates';
import { copyDiagnosticReport } from '../../lib/popup/diagnostic';
import { useSearch } from './useSearch';
import { useSwitching } from './useSwitching';

const LIST_ID = 'role-list';
const NONE: Bookmark[] = [];

type Panel = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; bookmark: Bookmark };

/** The selection is kept by row key; when that row is gone, the row now at its place. */
interface Selection {
  key: string | null;
  index: number;
}

function resolve(rows: RowList, selection: Selection): number {
  if (selection.key !== null) {
    const i = rows.indexOfKey(selection.key);
    if (i >= 0) return i;
  }
  const at = Math.min(selection.index, rows.length - 1);
  const next = selectableFrom(rows, Math.max(0, at), 1);
  return next >= 0 ? next : selectableFrom(rows, Math.max(0, at), -1);
}

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function App({ host }: { host: PopupHost }) {
  const data = useBookmarks(host);
  const switching = useSwitching(host, () => void data.actions.loadHistory());
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection>({ key: null, index: 0 });
  const [panel, setPanel] = useState<Panel>({ kind: 'list' });
  const search = useRef<HTMLInputElement>(null);

  const names = useAccountNames();
  // One row per role: the user's own bookmark speaks for a role a team list also names.
  const deduped = useMemo(() => dedupeBookmarks(data.bookmarks ?? NONE, names), [data.bookmarks, names]);
  const bookmarks = deduped.primary;
  const alsoIn = useAlsoListed(host, deduped.alsoListed);
  const indexed = useMemo(() => indexBookmarks(bookmarks), [bookmarks]);
  const activeRole = switching.tab?.reading.state === 'known' ? switching.tab.reading.identity : null;
  const activeRoleName = activeRole?.kind === 'role' ? activeRole.roleName : undefined;
  // The matcher indexes only the roles it is asked about: the history's and the tab's own.
  const matcher = useMemo(
    () => new BookmarkMatcher(bookmarks, names, activeRoleName ? [...data.history.map((e) => e.roleName), activeRoleName] : data.history.map((e) => e.roleName)),
    [bookmarks, names, data.history, activeRoleName],
  );
  const recent = useMemo(() => recentItems(data.history, matcher, RECENT_LIMIT), [data.history, matcher]);
  const tokens = useMemo(() => queryTokens(query), [query]);
  const matches = useSearch(indexed, tokens, bookmarks.length);
  const rows = useMemo(() => buildRows(matches.groups, recent, tokens.length > 0), [matches.groups, recent, tokens]);
  useKeepFirstScreen(host, data, indexed, recent);
  const selected = resolve(rows, selection);

  // The search box has the focus on open and whenever the list comes back.
  useLayoutEffect(() => {
    if (panel.kind === 'list') search.current?.focus();
  }, [panel.kind]);

  const activeColour =
    activeRole?.kind === 'role' && activeRole.roleName && switching.tab
      ? matcher.find([activeRole.account, activeRole.accountId], activeRole.roleName, switching.tab.site)?.colour
      : undefined;

  const select = (index: number) => setSelection({ key: rows.at(index)?.key ?? null, index });
  const focusSearch = () => search.current?.focus();

  const activate = (row: SelectableRow, index: number) => {
    select(index);
    switching.start(targetOf(row));
  };

  const onQuery = (value: string) => {
    setQuery(value);
    // Typing starts the selection over at the best (first) match.
    setSelection({ key: null, index: 0 });
  };

  const closeForm = () => setPanel({ kind: 'list' });

  const save = async (fields: BookmarkFields) => {
    const saved = await data.actions.save(panel.kind === 'edit' ? panel.bookmark.id : undefined, fields, panel.kind === 'edit' ? panel.bookmark : undefined);
    setSelection({ key: bookmarkKey(saved.id), index: 0 });
    closeForm();
  };

  const rowAction = (bookmark: Bookmark, action: (b: Bookmark) => unknown) => {
    const index = rows.indexOfKey(bookmarkKey(bookmark.id));
    if (index >= 0) select(index);
    void action(bookmark);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (panel.kind !== 'list' || e.altKey || e.ctrlKey || e.metaKey) return;
    const inSearch = e.target === search.current;
    const inList = e.target instanceof Node && document.getElementById(LIST_ID)?.contains(e.target);
    if (e.key === '/' && !isTextEntry(e.target)) {
      e.preventDefault();
      focusSearch();
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      if (query) {
        onQuery('');
        focusSearch();
      } else host.close();
      return;
    }
    // Focus on the page itself (after a click on a blank spot) drives the list too.
    if (!inSearch && !inList && e.target !== document.body) return;
    const move = moveForKey(e.key);
    // Home and End edit the search text while there is some.
    if (move && !(inSearch && query && (move === 'first' || move === 'last'))) {
      e.preventDefault();
      const next = moveSelection(rows, selected, move);
      if (next >= 0) select(next);
      return;
    }
    if (e.key === 'Enter' && (inSearch || e.target === document.body)) {
      e.preventDefault();
      const row = rows.at(selected);
      if (isSelectable(row)) activate(row, selected);
    }
  };

  // On the document, not the popup's element: keys pressed with the focus on <body> count too.
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const hasBookmarks = bookmarks.length > 0;
  let main;
  if (panel.kind !== 'list') {
    main = (
      <BookmarkForm editing={panel.kind === 'edit' ? panel.bookmark : undefined} onSave={save} onCancel={closeForm}
        onSwitch={(fields) => {
          closeForm();
          switching.start(targetOfFields(fields));
        }} />
    );
  } else {
    main = (
      <>
        {data.notice && <Notice notice={data.notice} onDismiss={data.clearNotice} />}
        {rows.length > 0 && (
          <RoleList
            id={LIST_ID}
            rows={rows}
            alsoIn={alsoIn}
            busy={!data.complete || matches.partial}
            selected={isSelectable(rows.at(selected)) ? selected : -1}
            onActivate={activate}
            onBookmarkHistory={(entry) => void data.actions.bookmarkHistory(entry)}
            onFavourite={(b) => rowAction(b, data.actions.toggleFavourite)}
            onEdit={(b) => rowAction(b, (bookmark) => setPanel({ kind: 'edit', bookmark }))}
            onDelete={(b) => {
              rowAction(b, data.actions.delete);
              focusSearch();
            }}
          />
        )}
        {tokens.length > 0 && rows.length === 0 && <p class="no-match">{t('popup_noMatch', { query: query.trim() })}</p>}
        {/* "No bookmarks" is a claim only the whole store can make, never a kept first screen. */}
        {data.bookmarks && data.complete && !hasBookmarks && tokens.length === 0 && (
          <EmptyState onAdd={() => setPanel({ kind: 'add' })} onOpenOptions={() => void host.openOptions()} />
        )}
      </>
    );
  }

  return (
    <div class="popup">
      <header class="header">
        {panel.kind === 'list' && (
          <div class="header-row">
            <SearchBox
              value={query}
              onInput={onQuery}
              activeId={isSelectable(rows.at(selected)) ? optionId(selected) : undefined}
              // Only while the list is in the page: a reference to nothing is an error.
              listId={rows.length > 0 ? LIST_ID : undefined}
              inputRef={search}
            />
            <button type="button" class="button primary" onClick={() => setPanel({ kind: 'add' })}>
              {t('popup_addRole')}
            </button>
          </div>
        )}
        <IdentityBar
          identity={switching.identity}
          colour={activeColour}
          onSwitchBack={switching.back}
          onCopyReport={switching.tab ? () => copyDiagnosticReport(switching.tab!.tabId).then((r) => r.text) : undefined}
        />
      </header>
      <StatusArea status={switching.status} />
      <main class="main">{main}</main>
      <UndoToast deleted={data.undoable} onUndo={() => void data.actions.undoDelete()} />
      {/* The keys it lists are the list's: the form has the room instead. */}
      {panel.kind === 'list' && <Footer onOpenOptions={() => void host.openOptions()} />}
    </div>
  );
}
