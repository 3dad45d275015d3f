// A role's colour as a small square; decoration only, the label carries the meaning.
export function Swatch({ colour }: { colour: string }) {
  return <span class="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />;
}
