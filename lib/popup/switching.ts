// The popup's side of a switch: reads the active tab's identity on open, starts switches and
// switch-backs, and follows the background's statusChanged broadcasts. Plain TypeScript with
// its outputs as callbacks, so it runs in a test without a DOM. A rejected message becomes an
// error in the status area, never a spinner.
import { t } from '../i18n';
import { handleMessages, sendToBackground, type BackgroundToPages } from '../messages';
import type { SwitchStatus, SwitchTarget, TabIdentity } from '../switch/types';
import { backgroundErrorText } from './errors';
import type { ActiveTab, PopupHost } from './host';
import { describeIdentity, type IdentityView } from './identity';
import { describeStatus, showOnOpen, supersedes, targetName, type StatusView } from './status';

export interface SwitchOutputs {
  identity(view: IdentityView, tab: TabIdentity | null): void;
  status(view: StatusView): void;
  /** A switch ended: the history may have a new entry. */
  ended(): void;
}

export class SwitchController {
  #current: SwitchStatus | null = null;
  #tab: Promise<ActiveTab | undefined> | null = null;
  #deadlineCheck: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Pick<PopupHost, 'activeTab' | 'now'>,
    private readonly out: SwitchOutputs,
  ) {}

  /** Starts listening and reads the tab; returns the function that stops listening. */
  open(): () => void {
    // A console page that has not reported yet (the popup opened as it loaded) is announced
    // by identityChanged when it does.
    const stop = handleMessages<BackgroundToPages>('background', {
      statusChanged: (s) => this.apply(s),
      identityChanged: (t) => this.#identityChanged(t),
    });
    void this.readTab(true);
    return () => {
      clearTimeout(this.#deadlineCheck);
      stop();
    };
  }

  start = (target: SwitchTarget): void => {
    this.out.status({ tone: 'progress', text: t('status_switchingTo', { target: targetName(target) }), detail: t('status_starting') });
    void this.#send(t('doing_startSwitch'), (tabId) => sendToBackground('startSwitch', { target, tabId }));
  };

  back = (): void => {
    this.out.status({ tone: 'progress', text: t('status_switchingBack'), detail: t('status_starting') });
    void this.#send(t('doing_switchBack'), (tabId) => sendToBackground('switchBack', { tabId }));
  };

  /** Shows a status unless a newer one is already shown (a late reply after a broadcast). */
  apply(next: SwitchStatus): void {
    if (!supersedes(this.#current, next)) return;
    this.#current = next;
    this.out.status(describeStatus(next));
    clearTimeout(this.#deadlineCheck);
    if (next.state === 'running') {
      // The background's own timer dies with its service worker (MV3 stops it at will), and
      // nothing may wake it before the deadline: asking for the status then wakes it, and it
      // ends the expired job, so the popup never spins past the time limit.
      const wait = Math.max(0, next.deadline - this.host.now()) + 500;
      this.#deadlineCheck = setTimeout(() => void this.readTab(true), wait);
    } else {
      void this.readTab(false);
      this.out.ended();
    }
  }

  async readTab(withJob: boolean): Promise<void> {
    try {
      const tab = await this.#activeTab();
      const reply = await sendToBackground('getStatus', { tabId: tab?.id });
      const view = describeIdentity(reply.tab, tab?.url);
      this.out.identity(view, reply.tab);
      if (withJob && reply.job && showOnOpen(reply.job, this.host.now())) this.apply(reply.job);
    } catch (e) {
      this.out.identity({ text: t('identity_unknown'), tone: 'unknown', canSwitchBack: false }, null);
      this.out.status({ tone: 'error', text: backgroundErrorText(e, t('doing_readIdentity')) });
    }
  }

  async #identityChanged(reported: TabIdentity): Promise<void> {
    const tab = await this.#activeTab();
    if (tab?.id === reported.tabId) this.out.identity(describeIdentity(reported, tab.url), reported);
  }

  #activeTab(): Promise<ActiveTab | undefined> {
    return (this.#tab ??= this.host.activeTab().catch(() => undefined));
  }

  async #send(doing: string, request: (tabId: number | undefined) => Promise<SwitchStatus>): Promise<void> {
    try {
      this.apply(await request((await this.#activeTab())?.id));
    } catch (e) {
      this.out.status({ tone: 'error', text: backgroundErrorText(e, doing) });
    }
  }
}
