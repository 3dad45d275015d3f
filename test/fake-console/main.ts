// CLI: npx tsx test/fake-console/main.ts [--port 8443]
// Starts the fake console and prints its port and the Chromium flag that reaches it (with
// --port 443, also the Firefox pref: Firefox maps host names but not ports).

import { hostResolverRules, spelledOutHosts, startFakeConsole } from './server';

const i = process.argv.indexOf('--port');
const port = i >= 0 ? Number(process.argv[i + 1]) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('usage: tsx test/fake-console/main.ts [--port N]');
  process.exit(2);
}

const fake = await startFakeConsole({ port });
console.log(`fake console listening on 127.0.0.1:${fake.port}`);
console.log(`chromium flag: --host-resolver-rules=${hostResolverRules(fake.port)}`);
if (fake.port === 443) console.log(`firefox pref: network.dns.localDomains=${spelledOutHosts().join(',')}`);
console.log(`sign in: https://signin.aliyun.com/__fake/signin?user=alice@company2.onaliyun.com`);

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    void fake.close().then(() => process.exit(0));
  });
}
