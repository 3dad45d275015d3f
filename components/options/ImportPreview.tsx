// The preview of an import: nothing is written until "Apply import". Per group, what would be
// added, changed (which fields), left unchanged, and removed (replace) or kept (merge).
import type { ImportMode } from '../../lib/teamlist';
import type { PreparedImport } from '../../lib/options/import';
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

function Role({ line }: { line: RoleLine }) {
  return (
    <>
      <span class="role-label">{line.label}</span> <span class="role-detail">{line.detail}</span>
    </>
  );
}

function Roles({ title, lines, tone }: { title: string; lines: readonly RoleLine[]; tone: string }) {
  if (lines.length === 0) return null;
  return (
    <div class={`plan-part ${tone}`}>
      <p class="plan-title">
        {title} ({lines.length})
      </p>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>
            <Role line={l} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Long, unsurprising parts (unchanged, kept) start folded. */
function Folded({ title, lines }: { title: string; lines: readonly RoleLine[] }) {
  if (lines.length === 0) return null;
  return (
    <details class="plan-part quiet">
      <summary>
        {title} ({lines.length})
      </summary>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>
            <Role line={l} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function Changed({ lines }: { lines: readonly ChangeLine[] }) {
  if (lines.length === 0) return null;
  return (
    <div class="plan-part changed">
      <p class="plan-title">Changed ({lines.length})</p>
      <ul>
        {lines.map((l) => (
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
      </ul>
    </div>
  );
}

function Group({ group }: { group: GroupView }) {
  return (
    <div class="plan-group" role="group" aria-label={`Group ${group.name}`}>
      <h5>{group.name}</h5>
      <Roles title="Added" lines={group.added} tone="added" />
      <Changed lines={group.changed} />
      <Roles title="Removed" lines={group.removed} tone="removed" />
      <Folded title="Unchanged" lines={group.unchanged} />
      <Folded title="Kept (not in this document)" lines={group.kept} />
    </div>
  );
}

export function ImportPreview({ prepared, applying, error, onMode, onApply, onAgain, onCancel }: Props) {
  const view = previewView(prepared);
  const mode = prepared.plan.mode;
  const warnings = prepared.read.warnings;
  return (
    <div class="preview" aria-labelledby="preview-heading">
      <h4 id="preview-heading">Preview: {view.listName}</h4>
      <p class="hint">
        {view.sourceLine} · {view.listLine}. Nothing has been saved yet.
      </p>
      {warnings.length > 0 && <ProblemList title="Please note" items={warnings} tone="warn" />}
      <p class="counts">{view.countsLine}</p>
      {view.nothingToChange && <p class="notice ok">{view.nothingToChange}</p>}
      <fieldset class="mode">
        <legend>How to apply</legend>
        <label>
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} />
          Merge into the list (keep roles not in this file)
        </label>
        <label>
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />
          Replace the list (remove roles not in this file)
        </label>
      </fieldset>
      {view.groups.map((g) => (
        <Group key={g.name} group={g} />
      ))}
      <div class="actions">
        <button type="button" class="primary" onClick={onApply} disabled={applying}>
          {applying ? 'Applying…' : 'Apply import'}
        </button>
        <button type="button" onClick={onCancel} disabled={applying}>
          Cancel
        </button>
      </div>
      {error && (
        <div class="notice error" role="alert">
          {error}{' '}
          <button type="button" class="link" onClick={onAgain}>
            Preview again
          </button>
        </div>
      )}
    </div>
  );
}
