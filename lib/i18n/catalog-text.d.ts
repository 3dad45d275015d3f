/** A message catalogue as compact JSON text (lib/i18n/catalog-plugin.ts). */
declare module '*/messages.json?catalog' {
  const text: string;
  export default text;
}
