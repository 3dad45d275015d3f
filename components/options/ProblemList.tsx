// Problems with a document (nothing was changed) or warnings about one that was accepted:
// one line each, where then what; anything that looked like a credential flagged loudly.
import type { Problem } from '../../lib/teamlist';
import { problemText } from '../../lib/options/problems';

interface Props {
  title: string;
  items: readonly Problem[];
  tone: 'error' | 'warn';
}

export function ProblemList({ title, items, tone }: Props) {
  return (
    <div class={`problems ${tone}`} role="alert">
      <p class="problems-title">{title}</p>
      <ul>
        {items.map((p, i) => (
          <li key={i} class={p.secret ? 'secret' : undefined}>
            {p.secret && <strong class="flag">Credential </strong>}
            {problemText(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
