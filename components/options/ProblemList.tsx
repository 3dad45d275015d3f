// Problems with a document (nothing was changed) or warnings about one that was accepted:
// one line each, where then what; anything that looked like a credential flagged loudly.
import { t } from '../../lib/i18n';
import type { Problem } from '../../lib/teamlist';
import { problemText } from '../../lib/options/problems';

interface Props {
  title: string;
  items: readonly Problem[];
  tone: 'error' | 'warn';
  /** Given for pasted text: a problem with a line and column gets a button that selects it. */
  onLocate?: (p: Problem) => void;
}

export function ProblemList({ title, items, tone, onLocate }: Props) {
  return (
    <div class={`problems ${tone}`} role="alert">
      <p class="problems-title">{title}</p>
      <ul>
        {items.map((p, i) => (
          <li key={i} class={p.secret ? 'secret' : undefined}>
            {p.secret && <strong class="flag">{t('problems_credential')} </strong>}
            {problemText(p)}
            {onLocate && p.line !== undefined && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => onLocate(p)}>
                  {t('problems_show')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
