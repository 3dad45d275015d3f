// Launching Chromium against the fake console, shared by the scratch scripts (and usable by
// e2e setups): the real host names resolve to the loopback server, its self-signed
// certificate is accepted, and Chromium does not try to reach the closed network.

import { chromium, type Browser } from '@playwright/test';
import { hostResolverRules } from './sites';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(port: number): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules(port)}`,
    // The certificate is self-signed; this also covers extension pages' fetches.
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    // This machine has no network but loopback: keep Chromium from trying.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

export function launchFor(port: number): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(port) });
}
