// The background: answers the popup and the content scripts. All logic lives in the modules
// it wires together.
import { browser } from 'wxt/browser';
import { handleMessages, type ContentToBackground, type PageToBackground } from '../messages';
import * as tracker from './identity-tracker';
import * as switches from './switch-controller';

export function startBackground(): void {
  handleMessages<PageToBackground>('page', {
    startSwitch: ({ target, tabId }) => switches.startSwitch(target, tabId),
    switchBack: ({ tabId }) => switches.startSwitchBack(tabId),
    getStatus: async ({ tabId }) => ({ job: await switches.currentStatus(), tab: await tracker.tabIdentity(tabId) }),
    bookmarksChanged: () => tracker.refreshAllBanners(),
  });

  handleMessages<ContentToBackground>('content', {
    switchPageLoaded: (_, sender) => switches.onSwitchPageLoaded(sender.tab!.id!),
    formFilled: (_, sender) => switches.onFormFilled(sender.tab!.id!),
    formFailed: (problem, sender) => switches.onFormFailed(sender.tab!.id!, problem),
    switchPageError: ({ text }, sender) => switches.onSwitchPageError(sender.tab!.id!, String(text ?? '').slice(0, 400)),
    signinPageLoaded: (_, sender) => switches.onSigninPageLoaded(sender.tab!.id!),
    identitySeen: ({ url, reading, pageLoadedAt }, sender) => tracker.onIdentitySeen(sender.tab!.id!, sender.url ?? url, reading, Number(pageLoadedAt) || 0),
    setBannerCollapsed: ({ collapseKey, collapsed }) => tracker.setBannerCollapsed(String(collapseKey), collapsed === true),
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void switches.onTabRemoved(tabId);
    void tracker.onTabClosed(tabId);
  });
  // A worker restarted mid-switch: re-arm the time limit.
  void switches.activeJob();
}
