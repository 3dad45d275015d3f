// The diagnostic report of a console page the extension cannot read keeps the top bar's labels
// (so a bug report shows what the bar looks like) and nothing of who the user is.
import { describe, expect, it } from 'vitest';
import { pageReport } from '@/lib/content/diagnostic';
import { generateTopBar, type BarIdentity } from '../../generator/topbars';
import { setBody } from './pages';

const WHO: BarIdentity = {
  kind: 'role',
  current: 'zq-secret-role/zq-session',
  account: 'zq-alias-one',
  accountId: '8765432187654321',
  logon: { name: 'zq-user@zq-home.onaliyun.com', account: 'zq-home' },
};
const VALUES = ['zq-secret-role', 'zq-session', 'zq-alias-one', '8765432187654321', 'zq-user', 'zq-home', 'exitSwitchedRole', 'onaliyun'];

describe('diagnostic report of generated top bars', () => {
  it('keeps labels, never a value (100 bars, both languages)', () => {
    let withLabels = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const bar = generateTopBar(seed, WHO);
      setBody(bar.html);
      const { report } = pageReport(document);
      for (const value of VALUES) expect(report, `seed ${seed}: ${value}`).not.toContain(value);
      if (/"(Current|当前|Acting|Now acting|Login|Logon|登录|登陆|Signed|Logged|Sign-in)[^"]*"/.test(report)) withLabels++;
    }
    expect(withLabels).toBeGreaterThanOrEqual(85);
  }, 60_000);
});
