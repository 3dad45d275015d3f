// The demo proper (see demo.mjs). Drives the real popup and console pages as a person would.
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startFakeConsole } from '../test/fake-console/server';
import { launchWithExtension } from '../test/e2e/chromium';
import { ALICE, ConsolePage } from '../test/e2e/pages/console-page';
import { Popup } from '../test/e2e/pages/popup';

const headed = process.argv.includes('--headed') || (!process.argv.includes('--headless') && Boolean(process.env.DISPLAY));
const SHOTS = resolve('artifacts/demo');

const fake = await startFakeConsole({ port: Number(process.env.FAKE_CONSOLE_PORT ?? 0) });
const browser = await launchWithExtension(fake.port, { headless: !headed });
const consolePage = new ConsolePage(browser.context.pages()[0] ?? (await browser.context.newPage()));
let step = 0;
const shots: string[] = [];

async function shot(name: string, page = consolePage.page, what = name) {
  if (headed) return;
  const file = `${SHOTS}/${String(++step).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: file });
  shots.push(`${file}  — ${what}`);
}

await rm(SHOTS, { recursive: true, force: true });
await mkdir(SHOTS, { recursive: true });
console.log(`Fake console on 127.0.0.1:${fake.port}, Chromium ${headed ? 'in a window' : 'headless'}, extension ${browser.extensionId}`);

await consolePage.signIn(ALICE);
await consolePage.expectBanner(`Logon identity: ${ALICE}`);
await shot('console-logon', consolePage.page, 'signed in as alice: the neutral logon banner');

const popup = await Popup.open(browser.context, browser.extensionId, consolePage);
await shot('popup-empty', popup.page, 'the popup with no bookmarks yet');
await popup.page.getByRole('button', { name: 'Add role' }).click();
await popup.fillForm({ account: 'company1', roleName: 'prod-admin', displayName: 'Production', colour: 'Red (production)', favourite: true });
await shot('popup-form', popup.page, 'adding a bookmark');
await popup.page.getByRole('button', { name: 'Save' }).click();
await popup.addBookmark({ account: 'company1', roleName: 'devops', displayName: 'Dev ops', colour: 'Green (development)' });
await popup.addBookmark({ account: 'company1', roleName: 'auditor', displayName: 'Audit (not allowed)', colour: 'Orange (staging)' });
await popup.addBookmark({ arn: 'acs:ram::3333333333333333:role/readonly', account: '', displayName: 'Read-only (ARN)', colour: 'Teal' });
await shot('popup-bookmarks', popup.page, 'bookmarks grouped per account, favourites first');

fake.configure({ markup: 'modern' });
await popup.switchTo(/^Dev ops/);
await popup.expectStatus('Now acting as devops in company1');
await shot('popup-switched', popup.page, 'one click switched to Dev ops (client-rendered switch page)');
await consolePage.expectBanner('Dev ops · Role devops in company1');
await shot('console-role-banner', consolePage.page, 'the console now shows the green Dev ops banner');
await consolePage.open('ecs');
await consolePage.expectBanner('Dev ops · Role devops in company1');
await shot('ecs-role-banner', consolePage.page, 'the banner on another product (ECS)');

await popup.refocusConsole();
await popup.switchTo(/^Audit/);
await popup.expectStatus('You are not allowed to assume "auditor"');
await shot('popup-refused', popup.page, 'a refused switch says why and what to do');

await popup.refocusConsole();
await popup.switchTo(/^Production/);
await popup.expectStatus('Now acting as prod-admin in company1');
await consolePage.expectBanner('Production · Role prod-admin in company1');
await shot('console-prod-banner', consolePage.page, 'production: the red banner');

await popup.refocusConsole();
await popup.page.getByRole('button', { name: 'Switch back' }).click();
await popup.expectStatus(`Back to your logon identity: ${ALICE}`);
await shot('popup-switched-back', popup.page, 'switched back to the logon user; recent roles on top');

if (headed) {
  await consolePage.bringToFront();
  console.log(`
Chromium is open with the extension on the fake console (signed in as ${ALICE}).
Click the extension's toolbar icon (pin it from the puzzle menu) to switch roles.
Roles alice may assume: devops, ecs-admin, prod-admin in company1; readonly in 3333333333333333.
"auditor" in company1 refuses her. Close the browser or press Ctrl+C to stop.`);
  await new Promise<void>((done) => {
    browser.context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
} else {
  console.log(`\nHeadless run (no display). Screenshots of each step:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  console.log('\nRun with a display (or `npm run demo -- --headed` under xvfb-run) to try it yourself.');
}
await browser.close().catch(() => {});
await fake.close();
