// Imports being previewed, held where they were read (the options page's worker, see
// off-thread.ts): the page gets what the preview shows and a token for it, never the thousands
// of roles themselves, so nothing it does grows with a list's size.
import { t } from '../i18n';
import type { Db } from '../store/db';
import { readTeamList, type ImportMode, type ImportOrigin, type Problem, type ReadResult } from '../teamlist';
import { applyPrepared, importSummary, prepareImport, previewAgain, withMode, type PreparedImport } from './import';
import { previewView, type PreviewView } from './preview';

export type PreviewToken = number;
export type Previewed = { ok: true; token: PreviewToken; view: PreviewView } | { ok: false; problems: Problem[] };

/** Previews kept at most: the page shows one; a superseded one it has not discarded yet may linger. */
const HELD = 3;

export const previewGone = () => t('import_previewGone');

export class ImportSessions {
  readonly #held = new Map<PreviewToken, PreparedImport>();
  #next = 0;

  constructor(
    private readonly db: () => Promise<Db>,
    private readonly read: (text: string) => ReadResult = readTeamList,
  ) {}

  async prepare(text: string, origin: ImportOrigin, mode: ImportMode): Promise<Previewed> {
    const result = await prepareImport(await this.db(), text, origin, mode, this.read);
    if (!result.ok) return result;
    return { ok: true, token: this.#hold(result.prepared), view: previewView(result.prepared) };
  }

  async setMode(token: PreviewToken, mode: ImportMode): Promise<PreviewView> {
    const prepared = withMode(this.#get(token), mode);
    this.#held.set(token, prepared);
    return previewView(prepared);
  }

  /** The same document previewed against what is stored now (after a stale preview). */
  async again(token: PreviewToken): Promise<PreviewView> {
    const prepared = await previewAgain(await this.db(), this.#get(token));
    this.#held.set(token, prepared);
    return previewView(prepared);
  }

  /** Applies the preview; its summary ("Imported "X": 2 added, …") for the page to show. */
  async apply(token: PreviewToken): Promise<{ summary: string }> {
    const prepared = this.#get(token);
    const result = await applyPrepared(await this.db(), prepared);
    this.#held.delete(token);
    return { summary: importSummary(prepared, result) };
  }

  async discard(token: PreviewToken): Promise<void> {
    this.#held.delete(token);
  }

  #hold(prepared: PreparedImport): PreviewToken {
    const token = ++this.#next;
    this.#held.set(token, prepared);
    for (const old of this.#held.keys()) if (this.#held.size > HELD) this.#held.delete(old);
    return token;
  }

  #get(token: PreviewToken): PreparedImport {
    const prepared = this.#held.get(token);
    if (!prepared) throw new Error(previewGone());
    return prepared;
  }
}
