// The clickable part of a row: the listbox option whose name starts with the row's label.
// Its buttons are in a layer beside the listbox (see RoleList), not inside the option.
import { Swatch } from './Swatch';

interface Props {
  id: string;
  selected: boolean;
  colour: string | undefined;
  label: string;
  sub: string | undefined;
  posinset: number;
  setsize: number;
  style: Record<string, string>;
  onActivate(): void;
}

export function RowOption({ id, selected, colour, label, sub, posinset, setsize, style, onActivate }: Props) {
  return (
    <div
      id={id}
      role="option"
      class={selected ? 'row selected' : 'row'}
      style={style}
      aria-selected={selected}
      aria-posinset={posinset}
      aria-setsize={setsize}
      // Keep focus in the search box: the list is driven from there.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onActivate}
    >
      {colour ? <Swatch colour={colour} /> : <span class="swatch swatch-none" aria-hidden="true" />}
      <span class="row-text">
        <span class="row-label">{label}</span>
        {sub && <span class="row-sub"> {sub}</span>}
      </span>
    </div>
  );
}
