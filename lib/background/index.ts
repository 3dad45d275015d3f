// The background: answers the popup and the content scripts. All logic lives in the modules
// it wires together.
import { browser } from 'wxt/browser';
import { pageKindOf } from '../console/hosts';
import { useLanguage } from '../i18n';
import { handleMessages, type ContentToBackground, type Handlers, type PageToBackground } from '../messages';
import { currentBookmarks, forgetBookmarks, forgetOnEveryWrite } from './bookmark-cache';
import { refreshFirstScreen } from './first-screen';
import { boundedText, fieldsOf, isFormFailure, isOptionalTabId, isPageEvidence, isSwitchTarget } from './guards';
import * as tracker from './identity-tracker';
import * as switches from './switch-controller';
import { getSettings, settingsItem } from '../settings';

/** Each handler waits for `ready` first. */
function after<P>(ready: Promise<unknown>, handlers: Handlers<P>): Handlers<P> {
  const waiting = {} as Handlers<P>;
  for (const name of Object.keys(handlers) as (keyof P)[]) {
    const handler = handlers[name];
    waiting[name] = (async (data, sender) => {
      await ready;
      return handler(data, sender);
    }) as Handlers<P>[keyof P];
  }
  return waiting;
}

export function startBackground(): void {
  // The messages built here (switch outcomes, why an identity is unknown) follow the language
  // setting, as the extension's pages do. A worker woken by a message reads it before it answers.
  useLanguage('system');
  forgetOnEveryWrite();
  const language = getSettings().then(
    (s) => void useLanguage(s.language),
    (e: unknown) => console.error('Switch Roles: settings could not be read; messages use the browser language.', e),
  );
  settingsItem.watch((s, old) => {
    useLanguage(s?.language ?? 'system');
    // Open consoles' banners are worded here: they take the new language at once. (Their
    // content script does not listen to storage: that API's set-up costs every console page.)
    if (s?.language !== old?.language) void tracker.refreshAllBanners();
  });
  handleMessages<PageToBackground>('page', after<PageToBackground>(language, {
    // Checked even from our own pages: a malformed request is refused before it starts a job.
    startSwitch: (data) => {
      const { target, tabId } = fieldsOf(data);
      if (!isSwitchTarget(target) || !isOptionalTabId(tabId)) throw new Error('startSwitch: not a valid switch target');
      return switches.startSwitch(target, tabId);
    },
    switchBack: (data) => {
      const { tabId } = fieldsOf(data);
      if (!isOptionalTabId(tabId)) throw new Error('switchBack: not a tab');
      return switches.startSwitchBack(tabId);
    },
    getStatus: async (data) => {
      const { tabId } = fieldsOf(data);
      return { job: await switches.currentStatus(), tab: isOptionalTabId(tabId) ? await tracker.tabIdentity(tabId) : null };
    },
    bookmarksChanged: async () => {
      // Before the open tabs report again: their banners must not come from the kept bookmarks.
      forgetBookmarks();
      await Promise.all([tracker.refreshAllBanners(), refreshFirstScreen()]);
    },
  }));

  handleMessages<ContentToBackground>('content', after<ContentToBackground>(language, {
    switchPageLoaded: (_, sender) => switches.onSwitchPageLoaded(sender.tab!.id!),
    formFilled: (_, sender) => switches.onFormFilled(sender.tab!.id!),
    formFailed: async (problem, sender) => {
      if (isFormFailure(problem)) await switches.onFormFailed(sender.tab!.id!, problem);
    },
    switchPageError: (data, sender) => switches.onSwitchPageError(sender.tab!.id!, boundedText(data?.text)),
    // Only a page on a sign-in host can say the session is gone.
    signinPageLoaded: async (_, sender) => {
      if (pageKindOf(sender.url) !== 'console') await switches.onSigninPageLoaded(sender.tab!.id!, sender.url ?? '');
    },
    consolePageOpened: async () => {
      await currentBookmarks().catch(() => {}); // read again at the report, which says why it failed
    },
    // The URL is the sender's as the browser saw it, not what the page claims.
    identitySeen: async (data, sender) =>
      isPageEvidence(data?.evidence)
        ? tracker.onIdentitySeen(sender.tab!.id!, sender.url ?? '', data.evidence, Number(data.pageLoadedAt) || 0)
        : { style: null },
    setBannerCollapsed: async (data) => {
      const key = boundedText(data?.collapseKey);
      if (key) await tracker.setBannerCollapsed(key, data.collapsed === true);
    },
  }));

  browser.tabs.onRemoved.addListener((tabId) => {
    void language.then(() => switches.onTabRemoved(tabId));
    void tracker.onTabClosed(tabId);
  });
  void language.then(() => switches.resumeAfterRestart());
}
