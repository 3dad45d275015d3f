/** A message catalogue as compact JSON text (lib/i18n/catalog-plugin.ts). */
declare module '*/messages.json?catalog' {
  const text: string;
  export default text;
}

/** Each message's placeholder names in $1…$9 order (lib/i18n/catalog-plugin.ts). */
declare module '*/messages.json?placeholders' {
  const order: Record<string, string[]>;
  export default order;
}
