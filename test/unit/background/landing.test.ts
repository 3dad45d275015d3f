// A landing URL is checked again when a confirmed switch is about to open it: only a plain
// https console page of the switch's site is ever opened in the tab now acting as the role.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { landingUrlAtUse } from '@/lib/background/landing';
import * as switches from '@/lib/background/switch-controller';
import type { IdentityReading } from '@/lib/console/identity-types';

describe('landingUrlAtUse', () => {
  it.each([
    ['https://ecs.console.aliyun.com/#/server/region/cn-hangzhou', 'cn'],
    ['https://home.console.alibabacloud.com/', 'intl'],
  ] as const)('opens %s', (url, site) => {
    expect(landingUrlAtUse(url, site)).toBe(url);
  });

  it.each([
    ['plain http', 'http://ecs.console.aliyun.com/', 'cn'],
    ['javascript:', 'javascript:alert(document.cookie)', 'cn'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'cn'],
    ['another site', 'https://evil.example/', 'cn'],
    ['a look-alike host', 'https://ecs.console.aliyun.com.evil.example/', 'cn'],
    ['the other console site', 'https://ecs.console.alibabacloud.com/', 'cn'],
    ['the sign-in host', 'https://signin.aliyun.com/switchRole.htm', 'cn'],
    ['a user name', 'https://user@ecs.console.aliyun.com/', 'cn'],
    ['a port', 'https://ecs.console.aliyun.com:8443/', 'cn'],
    ['not text', 42, 'cn'],
    ['a huge URL', `https://ecs.console.aliyun.com/${'a'.repeat(5000)}`, 'cn'],
  ] as const)('refuses %s', (_, url, site) => {
    expect(landingUrlAtUse(url, site)).toBeNull();
  });
});

describe('a confirmed switch opens its landing page only when it passes the check', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  const role: IdentityReading = {
    state: 'known',
    identity: { kind: 'role', principal: 'devops/alice', roleName: 'devops', sessionName: 'alice', account: 'company1' },
  };

  async function confirmSwitch(landingUrl: string): Promise<string[]> {
    const tab = await browser.tabs.create({ url: 'https://home.console.aliyun.com/' });
    const opened: string[] = [];
    const update = browser.tabs.update.bind(browser.tabs);
    vi.spyOn(browser.tabs, 'update').mockImplementation(((id: number, props: { url?: string }) => {
      if (props.url) opened.push(props.url);
      return update(id, props);
    }) as never);
    await switches.startSwitch({ account: 'company1', roleName: 'devops', site: 'cn', landingUrl }, tab.id);
    await switches.onSwitchPageLoaded(tab.id!);
    await switches.onFormFilled(tab.id!);
    await switches.onIdentityForJob(tab.id!, role, Date.now() + 1);
    expect((await switches.currentStatus())?.state).toBe('succeeded');
    return opened;
  }

  it('opens a console page of the site', async () => {
    expect(await confirmSwitch('https://ecs.console.aliyun.com/')).toEqual(['https://signin.aliyun.com/switchRole.htm', 'https://ecs.console.aliyun.com/']);
  });

  it.each(['https://evil.example/', 'javascript:alert(1)', 'https://ecs.console.alibabacloud.com/'])('never opens %s', async (url) => {
    expect(await confirmSwitch(url)).toEqual(['https://signin.aliyun.com/switchRole.htm']);
  });
});
