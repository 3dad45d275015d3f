// The rows as a listbox, rendered in a window: only the rows in view (and a few either side)
// are in the page, placed at fixed offsets over a spacer as tall as the whole list. The
// selected row is always rendered and scrolled into view.
//
// The window's elements are keyed by their slot in it, not by row: a keystroke that changes
// every row in view updates a few dozen elements in place instead of replacing them. While one
// of the rows' buttons holds the focus, the buttons are keyed by row instead, so the focus stays
// with its row and never lands on another role's button.
//
// Two layers share the offsets: the listbox holds only options (and presentational headers),
// and the rows' buttons (favourite, edit, delete; bookmark a recent role) sit in a layer over
// it, outside the listbox, since a listbox may contain nothing interactive but its options.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { bookmarkLabel } from '../../lib/bookmark';
import type { HistoryEntry } from '../../lib/history';
import { t } from '../../lib/i18n';
import { ROW_HEIGHT, siteName, type Row, type RowList, type SelectableRow } from '../../lib/popup/rows';
import { revealScrollTop, visibleRange } from '../../lib/popup/windowing';
import { bookmarkSubline, BookmarkActions, type BookmarkRowActions } from './BookmarkRow';
import { HistoryActions } from './HistoryRow';
import { RowOption } from './RowOption';

/** Used until the list has been measured (and in test DOMs, which have no layout). */
const FALLBACK_VIEWPORT = 400;
const OVERSCAN = 6;

export function optionId(index: number): string {
  return `role-option-${index}`;
}

interface Props extends BookmarkRowActions {
  id: string;
  rows: RowList;
  /** Bookmark id → where else its role is listed. */
  alsoIn?: ReadonlyMap<string, string>;
  /** Only some rows are listed yet (the kept first screen, or a search's first matches): the rest follows. */
  busy?: boolean;
  selected: number;
  onActivate(row: SelectableRow, index: number): void;
  onBookmarkHistory(entry: HistoryEntry): void;
}

function headerTitle(row: Extract<Row, { kind: 'header' }>): string {
  return row.key === 'section:recent' ? t('popup_recent') : row.title;
}

export function RoleList({ id, rows, alsoIn, busy = false, selected, onActivate, onBookmarkHistory, ...actions }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const actionsLayer = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || FALLBACK_VIEWPORT);
    if (typeof ResizeObserver === 'undefined') return measure();
    // Its first report comes after the page's own layout and before the paint: reading the
    // height here instead would lay the popup out once more, synchronously, on every open.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || selected < 0) return;
    const leading = rows.at(selected - 1)?.kind === 'header' ? 1 : 0;
    const top = revealScrollTop(rows, selected, el.scrollTop, viewport, leading);
    if (top !== el.scrollTop) {
      el.scrollTop = top;
      setScrollTop(top);
    }
  }, [selected, viewport, rows]);

  const { start, end } = visibleRange(rows, scrollTop, viewport, OVERSCAN);
  const indices: number[] = [];
  if (selected >= 0 && selected < start) indices.push(selected);
  for (let i = start; i < end; i++) indices.push(i);
  if (selected >= end && selected < rows.length) indices.push(selected);

  const place = (row: Row, i: number) => ({ top: `${rows.top(i)}px`, height: `${ROW_HEIGHT[row.kind]}px` });
  const focusInActions = actionsLayer.current?.contains(document.activeElement) ?? false;

  return (
    <div ref={scroller} class="list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div class="list-spacer" style={{ height: `${rows.height}px` }}>
        <div id={id} class="list-options" role="listbox" aria-label={t('popup_rolesList')} aria-busy={busy ? 'true' : undefined}>
          {indices.map((i, slot) => {
            const row = rows.at(i)!;
            if (row.kind === 'header') {
              return (
                <div key={slot} class={row.key === 'section:recent' ? 'row-header recent' : 'row-header'} role="presentation" style={place(row, i)}>
                  {headerTitle(row)}
                </div>
              );
            }
            const text =
              row.kind === 'bookmark'
                ? { colour: row.bookmark.colour, label: bookmarkLabel(row.bookmark), sub: bookmarkSubline(row.bookmark, alsoIn?.get(row.bookmark.id)) }
                : { colour: undefined, label: row.entry.roleName, sub: `${row.entry.account} · ${siteName(row.entry.site)}` };
            return (
              <RowOption
                key={slot}
                id={optionId(i)}
                selected={i === selected}
                posinset={rows.position(i)}
                setsize={rows.options}
                style={place(row, i)}
                {...text}
                onActivate={() => onActivate(row, i)}
              />
            );
          })}
        </div>
        <div ref={actionsLayer} class="list-actions">
          {indices.map((i, slot) => {
            const row = rows.at(i)!;
            if (row.kind === 'header') return null;
            return (
              <div key={focusInActions ? row.key : slot} class={i === selected ? 'row-actions selected' : 'row-actions'} style={place(row, i)}>
                {row.kind === 'bookmark' ? (
                  <BookmarkActions {...actions} bookmark={row.bookmark} />
                ) : (
                  <HistoryActions entry={row.entry} onBookmark={onBookmarkHistory} />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
