// One identity key for an account, however it is named: alias, default domain or 16-digit ID.
// The console shows an account by alias on one page and by ID on another; a bookmark may use
// any of the three. The extension learns each account's ID when a switch to its alias or
// domain is confirmed on a page that shows the ID, and from then on all names match alike.
import { storageItem } from './storage-item';
import { accountKey } from './account';

const ID = /^\d{16}$/;

/** Learned alias key → account ID. Kept locally: it is what the user's own console showed. */
export const learnedAccountIdsItem = storageItem<Record<string, string>>('local', 'learnedAccountIds', {});

/** How many aliases to remember: far more than anyone switches between; the oldest go first. */
const MAX_LEARNED = 2_000;

export class AccountNames {
  /** keyOf's answers: the popup asks once per bookmark, 100 000 of them in a few hundred accounts. */
  readonly #keys = new Map<string, string>();

  constructor(private readonly learned: Readonly<Record<string, string>> = {}) {}

  /** The 16-digit ID an account name stands for, when it is one or has been learned. */
  idOf(account: string | undefined): string | undefined {
    if (!account) return undefined;
    const key = accountKey(account);
    return ID.test(key) ? key : this.learned[key];
  }

  /** One key per account: its ID when known, else its alias. */
  keyOf(account: string): string {
    let key = this.#keys.get(account);
    if (key === undefined) this.#keys.set(account, (key = this.idOf(account) ?? accountKey(account)));
    return key;
  }

  /** Whether two names can be told to be one account. */
  same(a: string | undefined, b: string | undefined): boolean {
    return !!a && !!b && this.keyOf(a) === this.keyOf(b);
  }
}

/** The learned map with `account` (an alias or domain) known to be `accountId`. */
export function withLearned(learned: Readonly<Record<string, string>>, account: string, accountId: string | undefined): Record<string, string> | null {
  const key = accountKey(account);
  if (!accountId || !ID.test(accountId) || ID.test(key) || learned[key] === accountId) return null;
  const next = { ...learned };
  delete next[key];
  next[key] = accountId;
  const keys = Object.keys(next);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_LEARNED))) delete next[old];
  return next;
}

export async function loadAccountNames(): Promise<AccountNames> {
  return new AccountNames(await learnedAccountIdsItem.getValue());
}

export async function learnAccountId(account: string, accountId: string | undefined): Promise<void> {
  const next = withLearned(await learnedAccountIdsItem.getValue(), account, accountId);
  if (next) await learnedAccountIdsItem.setValue(next);
}
