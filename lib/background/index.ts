// The background: answers the popup and the content scripts. All logic lives in the modules
// it wires together.
import { browser } from 'wxt/browser';
import { handleMessages, type ContentToBackground, type PageToBackground } from '../messages';
import { refreshFirstScreen } from './first-screen';
import { boundedText, isFormFailure, isIdentityReading } from './guards';
import * as tracker from './identity-tracker';
import * as switches from './switch-controller';

export function startBackground(): void {
  handleMessages<PageToBackground>('page', {
    startSwitch: ({ target, tabId }) => switches.startSwitch(target, tabId),
    switchBack: ({ tabId }) => switches.startSwitchBack(tabId),
    getStatus: async ({ tabId }) => ({ job: await switches.currentStatus(), tab: await tracker.tabIdentity(tabId) }),
    bookmarksChanged: async () => {
      await Promise.all([tracker.refreshAllBanners(), refreshFirstScreen()]);
    },
  });

  handleMessages<ContentToBackground>('content', {
    switchPageLoaded: (_, sender) => switches.onSwitchPageLoaded(sender.tab!.id!),
    formFilled: (_, sender) => switches.onFormFilled(sender.tab!.id!),
    formFailed: async (problem, sender) => {
      if (isFormFailure(problem)) await switches.onFormFailed(sender.tab!.id!, problem);
    },
    switchPageError: (data, sender) => switches.onSwitchPageError(sender.tab!.id!, boundedText(data?.text)),
    signinPageLoaded: (_, sender) => switches.onSigninPageLoaded(sender.tab!.id!),
    // The URL is the sender's as the browser saw it, not what the page claims.
    identitySeen: async (data, sender) =>
      isIdentityReading(data?.reading)
        ? tracker.onIdentitySeen(sender.tab!.id!, sender.url ?? '', data.reading, Number(data.pageLoadedAt) || 0)
        : { style: null },
    setBannerCollapsed: async (data) => {
      const key = boundedText(data?.collapseKey);
      if (key) await tracker.setBannerCollapsed(key, data.collapsed === true);
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void switches.onTabRemoved(tabId);
    void tracker.onTabClosed(tabId);
  });
  void switches.resumeAfterRestart();
}
