// The knobs a test turns to pick a page variant or an outcome. reset() restores DEFAULT_CONFIG.

export interface FakeConfig {
  /** Switch page markup: server-rendered form, client-rendered controlled inputs, broken pages,
   *  markups the extension was not written against (pages/switch-variants.ts), or a generated page. */
  markup: 'classic' | 'modern' | 'no-form' | 'ambiguous' | 'unlinked' | 'table' | 'decoy-app' | 'generated';
  /** Where the server-rendered forms post (and re-render with the error when refused). */
  formAction: '/switchRole.htm' | '/switchRole.do' | '/ram/switch';
  /** Errors of the unlinked, table and decoy-app markups: a toast removed after this many ms (0: they stay). */
  errorToastMs: number;
  /** The seed of the 'generated' markup's page (test/generator/switch-pages.ts). */
  generatedSeed: number;
  /** Older ("Enterprise Alias/Default Domain Name", "Switch") or newer labels. */
  labels: 'old' | 'new';
  lang: 'en' | 'zh';
  /** How long the modern switch page takes to render its form. */
  modernDelayMs: number;
  /** Top bar markup on console pages; 'auto': home./ram. legacy, other hosts modern;
   *  'generated': test/generator/topbars.ts with topbarSeed (a markup no reader was written for). */
  topbar: 'auto' | 'legacy' | 'modern' | 'none' | 'generated';
  topbarSeed: number;
  /** Whether console pages carry window.ALIYUN_CONSOLE_CONFIG (and the ECS one). */
  consoleConfig: boolean;
  /** How long console pages take to render their top bar (legacy: the JSONP round trip). */
  topbarDelayMs: number;
  /** Delay before the switch POST / API answers (capped at 120 s). */
  submitDelayMs: number;
  /** The next switch submissions find the session expired: login page, session dropped. */
  expireOnSubmit: boolean;
  /** Files on lists.example-team.com: served, 404, or a 30 MB body. */
  files: 'ok' | 'not-found' | 'huge';
}

export const DEFAULT_CONFIG: Readonly<FakeConfig> = Object.freeze({
  markup: 'classic',
  formAction: '/switchRole.htm',
  errorToastMs: 0,
  generatedSeed: 1,
  labels: 'new',
  lang: 'en',
  modernDelayMs: 1200,
  topbar: 'auto',
  topbarSeed: 1,
  consoleConfig: true,
  topbarDelayMs: 300,
  submitDelayMs: 0,
  expireOnSubmit: false,
  files: 'ok',
});

export const MAX_SUBMIT_DELAY_MS = 120_000;

const CHOICES: { [K in keyof FakeConfig]?: readonly string[] } = {
  markup: ['classic', 'modern', 'no-form', 'ambiguous', 'unlinked', 'table', 'decoy-app', 'generated'],
  formAction: ['/switchRole.htm', '/switchRole.do', '/ram/switch'],
  labels: ['old', 'new'],
  lang: ['en', 'zh'],
  topbar: ['auto', 'legacy', 'modern', 'none', 'generated'],
  files: ['ok', 'not-found', 'huge'],
};

/** Checks a partial config (from a test or an HTTP body); throws naming the bad key. */
export function checkConfig(input: unknown): Partial<FakeConfig> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new Error('fake console config must be an object');
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!(key in DEFAULT_CONFIG)) throw new Error(`fake console config: unknown key "${key}"`);
    const choices = CHOICES[key as keyof FakeConfig];
    const expected = typeof DEFAULT_CONFIG[key as keyof FakeConfig];
    if (choices ? !choices.includes(value as string) : typeof value !== expected) {
      const want = choices ? choices.join(' | ') : expected;
      throw new Error(`fake console config: ${key} must be ${want}, got ${JSON.stringify(value)}`);
    }
    if (typeof value === 'number' && (!Number.isFinite(value) || value < 0)) {
      throw new Error(`fake console config: ${key} must be a non-negative number`);
    }
    out[key] = value;
  }
  return out as Partial<FakeConfig>;
}
