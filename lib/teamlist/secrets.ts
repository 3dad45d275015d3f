// What looks like a credential. A team list must never carry one: a shared file with a key in
// it has leaked that key. Matching is deliberately broad; the format has no field that could
// legitimately match.
import { t, type MessageKey } from '../i18n';

/** Key names, compared lower-case with "_", "-", "." and spaces removed. */
const SECRET_KEY_PARTS = [
  'accesskey', // AccessKeyId, AccessKeySecret, access_key_id, access_key_secret
  'secret',
  'password',
  'passwd',
  'token', // SecurityToken, sts_token, session tokens, bearer tokens
  'privatekey',
  'credential',
  'apikey',
];

/** Where a credential is kept, not the credential: the CLI's oidc_token_file, credentials_uri. */
const LOCATION_SUFFIXES = ['file', 'path', 'uri', 'url'];

export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[\s_.-]/g, '');
  return SECRET_KEY_PARTS.some((part) => k.includes(part)) && !LOCATION_SUFFIXES.some((s) => k.endsWith(s));
}

interface SecretValueKind {
  /** The kind's name, as the code compares it; said to people through secretKindText. */
  name: string;
  text: MessageKey;
  pattern: RegExp;
}

const SECRET_VALUES: readonly SecretValueKind[] = [
  // RAM user AccessKey IDs: "LTAI" then 12 to 30 letters and digits.
  { name: 'an Alibaba Cloud AccessKey ID', text: 'secret_accessKeyId', pattern: /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,30}(?![A-Za-z0-9])/ },
  // STS temporary AccessKey IDs.
  { name: 'an Alibaba Cloud STS AccessKey ID', text: 'secret_stsAccessKeyId', pattern: /(?<![A-Za-z0-9])STS\.[A-Za-z0-9]{16,}/ },
  // STS security tokens are long base64 starting with "CAIS".
  { name: 'an Alibaba Cloud STS security token', text: 'secret_stsToken', pattern: /(?<![A-Za-z0-9+/])CAIS[A-Za-z0-9+/=]{60,}/ },
  { name: 'a private key', text: 'secret_privateKey', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
];

/** What every SECRET_VALUES pattern needs: one test tells most values apart from all four. */
const SECRET_VALUE_HINT = /LTAI|STS\.|CAIS|-----BEGIN /;

/** What kind of credential a text value looks like, or null. */
export function secretValueKind(value: string): string | null {
  if (!SECRET_VALUE_HINT.test(value)) return null;
  for (const k of SECRET_VALUES) if (k.pattern.test(value)) return k.name;
  return null;
}

/** The kind of credential (secretValueKind's or secretInText's answer) in the UI language. */
export function secretKindText(kind: string): string {
  if (kind === CREDENTIAL_FIELD) return t('secret_field');
  const known = SECRET_VALUES.find((k) => k.name === kind);
  return known ? t(known.text) : kind;
}

/** What to do about a credential found in a team list. */
export function secretAdvice(): string {
  return t('secret_advice');
}

/** secretInText's answer for a key named like a credential field. */
export const CREDENTIAL_FIELD = 'a credential field';

/** Anything in a message that could be (part of) a credential: broader than SECRET_VALUES, since
 *  a message may hold a cut-off piece of one, and hiding too much costs nothing there. */
const SECRET_FRAGMENTS = /LTAI[A-Za-z0-9]{6,}|STS\.[A-Za-z0-9]{6,}|CAIS[A-Za-z0-9+/=]{12,}|-----BEGIN [A-Z ]*PRIVATE KEY-----/g;

/** What a message shows instead of a credential. */
export function hiddenCredential(): string {
  return t('secret_hidden');
}

/** The text with every credential-like fragment replaced, for messages. */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_FRAGMENTS, () => hiddenCredential());
}

/** A quoted key that names a credential field: "AccessKeySecret": or "sts_token" :. */
const QUOTED_KEY = /"((?:[^"\\\n]|\\.){1,200})"\s*:/g;

/** Whether raw text — even text that is not valid JSON — carries something that looks like a
 *  credential: a credential value anywhere, or a quoted key named like a credential field.
 *  Linear in the text (at most MAX_DOCUMENT_BYTES, checked before). */
export function secretInText(text: string): string | null {
  const byValue = secretValueKind(text);
  if (byValue) return byValue;
  for (const m of text.matchAll(QUOTED_KEY)) if (isSecretKey(m[1]!)) return CREDENTIAL_FIELD;
  return null;
}
