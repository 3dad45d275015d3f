// The preview of an import: nothing is written until "Apply import". Per group, what would be
// added, changed (which fields), left unchanged, and removed (replace) or kept (merge).
import type { ImportMode } from '../../lib/teamlist';
import type { PreparedImport } from '../../lib/options/import';
import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { previewView, type ChangeLine, type GroupView, type RoleLine } from '../../lib/options/preview';
import { ProblemList } from './ProblemList';

interface Props {
  prepared: PreparedImport;
  applying: boolean;
  error: string | null;
  onMode(mode: ImportMode): void;
  onApply(): void;
  /** Plans the same document again against what is stored now (after a refused apply). */
  onAgain(): void;
  onCancel(): void;
}

/** Role lines listed in one preview, over all its groups: a 20 000-role list previews at once,
 *  and the counts say how many more each part holds. */
export const PREVIEW_LINES = 200;

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

function Roles({ title, lines, tone, budget }: { title: string; lines: readonly RoleLine[]; tone: string; budget: Budget }) {
  if (lines.length === 0) return null;
  const shown = take(lines, budget);
  return (
    <div class={`plan-part ${tone}`}>
      <p class="plan-title">{t('preview_partTitle', { title, count: lines.length })}</p>
      <ul>
        {shown.map((l) => (
          <li key={l.key}>
            <Role line={l} />
          </li>
        ))}
        <More shown={shown.length} total={lines.length} />
      </ul>
    </div>
  );
}

/** Long, unsurprising parts (unchanged, kept) start folded, and are listed once unfolded. */
function Folded({ title, lines }: { title: string; lines: readonly RoleLine[] }) {
  const [open, setOpen] = useState(false);
  if (lines.length === 0) return null;
  const shown = open ? take(lines, { left: PREVIEW_LINES }) : [];
  return (
    <details class="plan-part quiet" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('preview_partTitle', { title, count: lines.length })}</summary>
      <ul>
        {shown.map((l) => (
          <li key={l.key}>
            <Role line={l} />
          </li>
        ))}
        {open && <More shown={shown.length} total={lines.length} />}
      </ul>
    </details>
  );
}

function Changed({ lines, budget }: { lines: readonly ChangeLine[]; budget: Budget }) {
  if (lines.length === 0) return null;
  const shown = take(lines, budget);
  return (
    <div class="plan-part changed">
      <p class="plan-title">{t('preview_partTitle', { title: t('preview_changed'), count: lines.length })}</p>
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
        <More shown={shown.length} total={lines.length} />
      </ul>
    </div>
  );
}

function Group({ group, budget }: { group: GroupView; budget: Budget }) {
  return (
    <div class="plan-group" role="group" aria-label={t('preview_group', { name: group.name })}>
      <h5>{group.name}</h5>
      <Roles title={t('preview_added')} lines={group.added} tone="added" budget={budget} />
      <Changed lines={group.changed} budget={budget} />
      <Roles title={t('preview_removed')} lines={group.removed} tone="removed" budget={budget} />
      <Folded title={t('preview_unchanged')} lines={group.unchanged} />
      <Folded title={t('preview_kept')} lines={group.kept} />
    </div>
  );
}

export function ImportPreview({ prepared, applying, error, onMode, onApply, onAgain, onCancel }: Props) {
  const view = useMemo(() => previewView(prepared), [prepared]);
  const budget: Budget = { left: PREVIEW_LINES };
  const mode = prepared.plan.mode;
  const warnings = prepared.read.warnings;
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
