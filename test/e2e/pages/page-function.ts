// Functions handed to a page as source text (CDP's Runtime.callFunctionOn). Under tsx (the demo,
// the bench) esbuild keeps function names by wrapping them in calls to its own `__name` helper,
// which the page does not have: every such call threw "__name is not defined", and the demo
// read "(no banner)". The declaration brings a `__name` that leaves each function as it is.
export function pageFunctionDeclaration(body: string): string {
  return `function (arg) { var __name = (target) => target; ${body} }`;
}
