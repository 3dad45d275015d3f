// Switch pages in markups the extension was not written against (issue 8, "What a new user ran
// into"), and pages from the seeded generator, through the popup on both sites: the form is
// driven in one click (no fallback), and a refusal reads as the console's answer — whatever
// path the form posted to and however briefly the error was shown.
import { ERROR_TEXTS } from '../fake-console/server';
import { generateSwitchPage } from '../generator/switch-pages';
import { expect, test } from './fixtures';
import { ALICE, type Site } from './pages/console-page';

test.describe('what a new user ran into: unseen switch forms', () => {
  for (const variant of [
    { markup: 'unlinked', lang: 'en', labels: 'new' },
    { markup: 'table', lang: 'zh', labels: 'old' },
  ] as const) {
    test(`labels not linked to their inputs, names that mean nothing (${variant.markup}, ${variant.lang}): driven, not the pre-filled fallback`, async ({ consolePage, openPopup, fake }) => {
      fake.configure(variant);
      await consolePage.signIn(ALICE);
      const popup = await openPopup();
      await popup.addBookmark({ account: 'company1', roleName: 'devops' });
      await popup.switchTo(/^devops/);
      await popup.expectStatus('Now acting as devops in company1');
      expect(fake.state().submissions).toMatchObject([{ markup: variant.markup, account: 'company1', roleName: 'devops', outcome: 'success' }]);
    });
  }

  for (const formAction of ['/switchRole.do', '/ram/switch'] as const) {
    test(`a refused switch on a classic form posting to ${formAction} reads as not trusted, not as signed out`, async ({ consolePage, openPopup, fake }) => {
      fake.configure({ markup: 'classic', lang: 'zh', formAction });
      await consolePage.signIn(ALICE);
      const popup = await openPopup();
      await popup.addBookmark({ account: 'company1', roleName: 'auditor' });
      await popup.switchTo(/^auditor/);
      await popup.expectStatus('You are not allowed to assume "auditor" in "company1"');
      await popup.expectStatus(ERROR_TEXTS['not-trusted'].zh);
      await expect(popup.status).not.toContainText('signed out');
      await expect(consolePage.page).toHaveURL(`https://signin.aliyun.com${formAction}`);
      expect(fake.state().submissions).toMatchObject([{ roleName: 'auditor', outcome: 'not-trusted' }]);
    });
  }

  test('an app with a hidden decoy beside its fields: the decoy is never filled', async ({ consolePage, openPopup, fake }) => {
    fake.configure({ markup: 'decoy-app', lang: 'en', modernDelayMs: 600 });
    await consolePage.signIn(ALICE);
    const popup = await openPopup();
    await popup.addBookmark({ account: 'company1', roleName: 'ecs-admin' });
    await popup.switchTo(/^ecs-admin/);
    await popup.expectStatus('Now acting as ecs-admin in company1');
    expect(fake.state().submissions).toMatchObject([{ markup: 'decoy-app', account: 'company1', roleName: 'ecs-admin', outcome: 'success' }]);
  });

  test('an error shown only as a toast for two seconds is still the console’s answer', async ({ consolePage, openPopup, fake }) => {
    fake.configure({ markup: 'decoy-app', lang: 'zh', modernDelayMs: 300, errorToastMs: 2000 });
    await consolePage.signIn(ALICE);
    const popup = await openPopup();
    await popup.addBookmark({ account: 'company1', roleName: 'no-such-role' });
    await popup.switchTo(/^no-such-role/);
    await popup.expectStatus('Account "company1" has no role "no-such-role"');
    await popup.expectStatus(ERROR_TEXTS['unknown-role'].zh);
  });

  test('a refused switch re-rendered at another path with its error as a toast', async ({ consolePage, openPopup, fake }) => {
    fake.configure({ markup: 'unlinked', lang: 'en', formAction: '/ram/switch', errorToastMs: 2000 });
    await consolePage.signIn(ALICE);
    const popup = await openPopup();
    await popup.addBookmark({ account: 'nosuchco', roleName: 'devops' });
    await popup.switchTo(/^devops/);
    await popup.expectStatus('The console does not know the account "nosuchco"');
    await popup.expectStatus(ERROR_TEXTS['unknown-account'].en);
  });
});

/**
 * Generated pages for the e2e run: the first seeds (in order) that are not ambiguous by
 * construction and, between them, cover a page that posts to another path, a late-rendered
 * page, a table or list layout, a <div role=button>, both languages — three per site.
 */
function e2eSeeds(): number[] {
  const wanted: ((p: ReturnType<typeof generateSwitchPage>) => boolean)[] = [
    (p) => p.spec.posts === '/switchRole.do' || p.spec.posts === '/ram/switch',
    (p) => p.spec.lateMs > 0,
    (p) => p.spec.structure === 'table',
    (p) => p.spec.structure === 'dl' && p.spec.lang === 'zh',
    (p) => p.spec.submit === 'div-role' && p.spec.names !== 'meaningful',
    (p) => p.spec.decoys.length >= 2 && p.spec.linkage.account === 'preceding',
  ];
  const seeds: number[] = [];
  for (const want of wanted) {
    for (let seed = 1; seed < 2000; seed++) {
      const page = generateSwitchPage(seed);
      if (page.truth && !seeds.includes(seed) && want(page)) {
        seeds.push(seed);
        break;
      }
    }
  }
  return seeds;
}

test.describe('generated switch pages, through the popup', () => {
  const seeds = e2eSeeds();
  test('there are six of them', () => expect(seeds).toHaveLength(6));
  seeds.forEach((seed, i) => {
    const site: Site = i % 2 === 0 ? 'cn' : 'intl';
    const page = generateSwitchPage(seed);
    test(`${page.describe} (${site})`, async ({ consolePage, openPopup, fake }) => {
      fake.configure({ markup: 'generated', generatedSeed: seed });
      await consolePage.signIn(ALICE, site);
      const popup = await openPopup();
      await popup.addBookmark({ account: 'company1', roleName: 'prod-admin' });
      await popup.switchTo(/^prod-admin/);
      await popup.expectStatus('Now acting as prod-admin in company1');
      expect(fake.state().submissions).toMatchObject([{ site, markup: 'generated', account: 'company1', roleName: 'prod-admin', outcome: 'success' }]);
    });
  });

  test(`a refusal on a generated page that posts to another path is the console's answer (seed ${seeds[0]})`, async ({ consolePage, openPopup, fake }) => {
    fake.configure({ markup: 'generated', generatedSeed: seeds[0]! });
    const lang = generateSwitchPage(seeds[0]!).spec.lang;
    await consolePage.signIn(ALICE);
    const popup = await openPopup();
    await popup.addBookmark({ account: 'company1', roleName: 'auditor' });
    await popup.switchTo(/^auditor/);
    await popup.expectStatus('You are not allowed to assume "auditor" in "company1"');
    await popup.expectStatus(ERROR_TEXTS['not-trusted'][lang]);
  });
});
