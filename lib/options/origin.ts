// The host permission a URL import asks for: one origin, https only, nothing wider.

export type OriginPattern = { ok: true; pattern: string; host: string; url: string } | { ok: false; message: string };

/**
 * "https://lists.example.com:8443/team.json" → the match pattern "https://lists.example.com:8443/*"
 * and the host to name in the prompt. Refuses what loadUrl would refuse anyway (not https,
 * a user name or password in the address), before any permission is asked for.
 */
export function originPatternOf(address: string): OriginPattern {
  const trimmed = address.trim();
  if (!trimmed) return { ok: false, message: 'Enter the https:// address of the team list.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: `${JSON.stringify(trimmed.slice(0, 80))} is not a URL. Enter the full https:// address of the team list.` };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: `Team lists are fetched only over https://; this address uses ${url.protocol}` };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Remove the user name and password from the address: credentials never go in a URL.' };
  }
  if (!url.hostname) return { ok: false, message: 'The address has no host name. Enter the full https:// address of the team list.' };
  // url.host is already lower case and punycode, and keeps a non-default port.
  return { ok: true, pattern: `https://${url.host}/*`, host: url.host, url: url.href };
}
