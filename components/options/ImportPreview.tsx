// The preview of an import: nothing is written until "Apply import". Per group, what would be
// added, changed (which fields), left unchanged, and removed (replace) or kept (merge).
import type { ImportMode } from '../../lib/teamlist';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { PREVIEW_LINES, type ChangeLine, type GroupView, type PreviewView, type RoleLine } from '../../lib/options/preview';
import { ProblemList } from './ProblemList';

export { PREVIEW_LINES };

interface Props {
  /** previewView of the prepared import (made where the import is held: the page's worker). */
  view: PreviewView;
  applying: boolean;
  error: string | null;
  onMode(mode: ImportMode): void;
  onApply(): void;
  /** Plans the same document again against what is stored now (after a refused apply). */
  onAgain(): void;
  onCancel(): void;
}

/** Lines rendered per task: the first at once, the next each task after, so that no single task
 *  renders all PREVIEW_LINES (issue 11: no options-page task over 50 ms while importing; the
 *  whole preview at once took 51–60 ms in a fresh page). */
export const LINES_PER_TASK = 50;

/** How many of the view's lines to render now: LINES_PER_TASK more after each task, from the
 *  first LINES_PER_TASK again whenever the view changes. */
function useLinesShown(view: PreviewView): number {
  const [shown, setShown] = useState({ view, lines: LINES_PER_TASK });
  const lines = shown.view === view ? shown.lines : LINES_PER_TASK;
  useEffect(() => {
    if (lines >= PREVIEW_LINES) return;
    const timer = setTimeout(() => setShown({ view, lines: lines + LINES_PER_TASK }), 0);
    return () => clearTimeout(timer);
  }, [view, lines]);
  return lines;
}

/** What is left of the preview's line budget while it renders, group after group. */
interface Budget {
  left: number;
}

/** The first lines the budget allows; the budget shrinks by as many. */
function take<T>(lines: readonly T[], budget: Budget): readonly T[] {
  const n = Math.min(lines.length, Math.max(0, budget.left));
  budget.left -= n;
  return n === lines.length ? lines : lines.slice(0, n);
}

function More({ shown, total }: { shown: number; total: number }) {
  if (shown === total) return null;
  return <li class="more">{t('preview_more', { count: total - shown })}</li>;
}

function Role({ line }: { line: RoleLine }) {
  return (
    <>
      <span class="role-label">{line.label}</span> <span class="role-detail">{line.detail}</span>
    </>
  );
}

function Roles({ title, lines, total, tone, budget }: { title: string; lines: readonly RoleLine[]; total: number; tone: string; budget: Budget }) {
  if (total === 0) return null;
  const shown = take(lines, budget);
  return (
    <div class={`plan-part ${tone}`}>
      <p class="plan-title">{t('preview_partTitle', { title, count: total })}</p>
      <ul>
        {shown.map((l) => (
          <li key={l.key}>
            <Role line={l} />
          </li>
        ))}
        <More shown={shown.length} total={total} />
      </ul>
    </div>
  );
}

/** Long, unsurprising parts (unchanged, kept) start folded, and are listed once unfolded. */
function Folded({ title, lines, total }: { title: string; lines: readonly RoleLine[]; total: number }) {
  const [open, setOpen] = useState(false);
  if (total === 0) return null;
  const shown = open ? take(lines, { left: PREVIEW_LINES }) : [];
  return (
    <details class="plan-part quiet" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('preview_partTitle', { title, count: total })}</summary>
      <ul>
        {shown.map((l) => (
          <li key={l.key}>
            <Role line={l} />
          </li>
        ))}
        {open && <More shown={shown.length} total={total} />}
      </ul>
    </details>
  );
}

function Changed({ lines, total, budget }: { lines: readonly ChangeLine[]; total: number; budget: Budget }) {
  if (total === 0) return null;
  const shown = take(lines, budget);
  return (
    <div class="plan-part changed">
      <p class="plan-title">{t('preview_partTitle', { title: t('preview_changed'), count: total })}</p>
      <ul>
        {shown.map((l) => (
          <li key={l.key}>
            <Role line={l} /> <span class="fields">— {l.fields}</span>
            <ul class="field-changes">
              {l.changes.map((c) => (
                <li key={c.field}>
                  {c.field}: {c.before} → {c.after}
                </li>
              ))}
            </ul>
          </li>
        ))}
        <More shown={shown.length} total={total} />
      </ul>
    </div>
  );
}

function Group({ group, budget }: { group: GroupView; budget: Budget }) {
  return (
    <div class="plan-group" role="group" aria-label={t('preview_group', { name: group.name })}>
      <h5>{group.name}</h5>
      <Roles title={t('preview_added')} lines={group.added} total={group.totals.added} tone="added" budget={budget} />
      <Changed lines={group.changed} total={group.totals.changed} budget={budget} />
      <Roles title={t('preview_removed')} lines={group.removed} total={group.totals.removed} tone="removed" budget={budget} />
      <Folded title={t('preview_unchanged')} lines={group.unchanged} total={group.totals.unchanged} />
      <Folded title={t('preview_kept')} lines={group.kept} total={group.totals.kept} />
    </div>
  );
}

export function ImportPreview({ view, applying, error, onMode, onApply, onAgain, onCancel }: Props) {
  const budget: Budget = { left: useLinesShown(view) };
  const { mode, warnings } = view;
  return (
    <div class="preview" aria-labelledby="preview-heading">
      <h4 id="preview-heading">{t('preview_heading', { name: view.listName })}</h4>
      <p class="hint">{t('preview_notSaved', { source: view.sourceLine, list: view.listLine })}</p>
      {warnings.length > 0 && <ProblemList title={t('preview_pleaseNote')} items={warnings} tone="warn" />}
      <p class="counts">{view.countsLine}</p>
      {view.nothingToChange && <p class="notice ok">{view.nothingToChange}</p>}
      <fieldset class="mode">
        <legend>{t('preview_how')}</legend>
        <label>
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} />
          {t('preview_merge')}
        </label>
        <label>
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />
          {t('preview_replace')}
        </label>
      </fieldset>
      {view.groups.map((g) => (
        <Group key={g.name} group={g} budget={budget} />
      ))}
      <div class="actions">
        <button type="button" class="primary" onClick={onApply} disabled={applying}>
          {applying ? t('preview_applying') : t('preview_apply')}
        </button>
        <button type="button" onClick={onCancel} disabled={applying}>
          {t('form_cancel')}
        </button>
      </div>
      {error && (
        <div class="notice error" role="alert">
          {error}{' '}
          <button type="button" class="link" onClick={onAgain}>
            {t('preview_again')}
          </button>
        </div>
      )}
    </div>
  );
}
