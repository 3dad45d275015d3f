// Messages built from pieces (switch outcomes, identity reasons, import previews, refusals) in
// both languages: every substitution lands, counts choose the right form, nothing is left in
// English in the Chinese text but the technical tokens, and a Chinese refusal is as precise as
// the English one — same problems, same paths and positions, no credential quoted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alsoListedText } from '@/lib/bookmark-duplicates';
import type { Bookmark } from '@/lib/bookmark';
import { decideIdentity } from '@/lib/console/decide-identity';
import { describeIdentity, logonText } from '@/lib/console/identity';
import { filledAsExpected, findSwitchForm } from '@/lib/console/switch-form';
import type { TopBarEvidence } from '@/lib/console/topbar';
import { setLanguage, type Locale } from '@/lib/i18n';
import { prepareExport } from '@/lib/options/export';
import { importSummary } from '@/lib/options/import';
import { problemsHeading, problemText } from '@/lib/options/problems';
import { copyDiagnosticReport } from '@/lib/popup/diagnostic';
import { writeGuard } from '@/lib/store/db';
import { busyStatus, outcomeOfIdentity, type SwitchJob } from '@/lib/switch/flow';
import { failureMessage, withConsoleText } from '@/lib/switch/messages';
import type { FailureCause } from '@/lib/switch/types';
import { readTeamList, type Problem } from '@/lib/teamlist';
import { capProblems } from '@/lib/teamlist/problems';

const CJK = /[\u4e00-\u9fff]/;
/** A placeholder left unfilled ($role$), or a value that was missing. */
const UNFILLED = /\$[a-z0-9_]+\$|undefined|\bnull\b(?! \()/i;

function inLanguage(locale: Locale) {
  setLanguage(locale);
}
afterEach(() => setLanguage('en'));

const TARGET = { account: 'company1', roleName: 'devops', label: 'Prod' };
const CAUSES: FailureCause[] = ['unknown-account', 'unknown-role', 'not-trusted', 'root-account', 'signed-out', 'form-not-found', 'form-ambiguous', 'fill-rejected', 'console-error', 'timeout', 'mismatch', 'unconfirmed', 'busy', 'tab-closed', 'not-a-role'];
const job = (over: Partial<SwitchJob> = {}): SwitchJob => ({ id: 'j', kind: 'switch', tabId: 1, site: 'cn', target: TARGET, step: 'submitted', startedAt: 0, deadline: 1, timeoutSec: 45, ...over });

describe('switch outcome messages', () => {
  it.each(CAUSES.flatMap((c) => (['en', 'zh_CN'] as const).map((l) => [c, l] as const)))('%s in %s: every piece filled in, with and without details', (cause, locale) => {
    inLanguage(locale);
    for (const context of [{}, { target: TARGET, detail: 'two fields', consoleText: 'No such role', timeoutSec: 45, shown: 'alice@company2' }]) {
      const text = failureMessage(cause, context);
      expect(text, text).not.toMatch(UNFILLED);
      expect(text.length).toBeGreaterThan(locale === 'en' ? 20 : 10);
      if (locale === 'zh_CN') expect(text).toMatch(CJK);
    }
  });

  it('names the role and account, quoted the Chinese way, in Chinese', () => {
    inLanguage('zh_CN');
    expect(failureMessage('unknown-role', { target: TARGET })).toBe('账号“company1”中没有角色“devops”。请检查书签中的角色名称（必须完全一致），然后重新切换。');
    expect(failureMessage('timeout', { target: TARGET, timeoutSec: 45 })).toContain('切换到 Prod（company1 中的 devops） 未在 45 秒内完成');
    expect(failureMessage('form-not-found', { target: TARGET, detail: 'role name field not found' })).toMatch(/^未找到切换角色表单（role name field not found）。/);
    expect(failureMessage('not-a-role', { shown: 'alice@company2' })).toBe('你当前没有使用角色身份（控制台显示 alice@company2），无需切回。');
    expect(failureMessage('not-a-role', {})).toBe('你当前没有使用角色身份，无需切回。');
    expect(withConsoleText('切换失败。', 'RAM role not found')).toBe('切换失败。（控制台提示：“RAM role not found”）');
  });

  it('a busy switch says what is under way, in each language', () => {
    expect(busyStatus(job(), 1)).toMatchObject({ message: 'Already switching to Prod (devops in company1) (maybe from another window). Wait for it to finish, then try again.' });
    inLanguage('zh_CN');
    expect(busyStatus(job(), 1)).toMatchObject({ message: '正在切换到 Prod（company1 中的 devops）（可能是从其他窗口发起的）。请等它完成后重试。' });
    expect(busyStatus(job({ kind: 'back', target: undefined }), 1)).toMatchObject({ message: '正在切换回登录身份（可能是从其他窗口发起的）。请等它完成后重试。' });
  });

  it('a success in Chinese confirms the account, or says what the page showed instead', () => {
    inLanguage('zh_CN');
    const role = { kind: 'role' as const, principal: 'devops/alice', roleName: 'devops', sessionName: 'alice' };
    expect(outcomeOfIdentity(job(), { state: 'known', identity: { ...role, account: 'company1' } }, 5)).toMatchObject({ message: '已切换为 company1 中的 devops — Prod。' });
    expect(outcomeOfIdentity(job(), { state: 'known', identity: role }, 5)).toMatchObject({ message: '已切换为 devops — Prod。页面没有显示所在账号（你请求的是 company1）：请检查控制台顶栏。' });
    const back = outcomeOfIdentity(job({ kind: 'back', target: undefined }), { state: 'known', identity: { kind: 'user', principal: 'alice@company2.onaliyun.com' } }, 5);
    expect(back).toMatchObject({ state: 'succeeded', message: '已切回登录身份：alice@company2.onaliyun.com。' });
  });
});

describe('identity lines and reasons', () => {
  const bar = (over: Partial<TopBarEvidence>): TopBarEvidence => ({ rows: 0, switchBack: false, conflicts: [], ...over }) as TopBarEvidence;

  it('says why it cannot tell, in Chinese, with the last confirmed switch as a hint', () => {
    inLanguage('zh_CN');
    const none = decideIdentity({ topBar: bar({}), config: null }).reading;
    expect(none).toEqual({ state: 'unknown', reason: '页面没有显示身份：既没有顶栏身份信息，也没有控制台配置' });
    const record = { kind: 'role' as const, roleName: 'devops', account: 'company1', at: 1 };
    const hinted = decideIdentity({ topBar: bar({ rows: 2 }), config: null }, record).reading;
    expect(hinted).toEqual({ state: 'unknown', reason: '无法读取顶栏中的身份信息；此处最近一次确认的切换是到 company1 中的 devops' });
    const roleUnnamed = decideIdentity({ topBar: bar({}), config: { accountType: 'sts', currentPk: '1234567890123456' } as never }).reading;
    expect(roleUnnamed).toEqual({ state: 'unknown', reason: '控制台配置表明此页面使用的是角色身份（账号 1234567890123456），但页面没有显示是哪个角色' });
  });

  it.each([
    [{ kind: 'role' as const, principal: 'devops/a', roleName: 'devops', account: 'company1' }, 'devops in company1', 'company1 中的 devops'],
    [{ kind: 'role' as const, principal: 'devops/a', roleName: 'devops' }, 'devops in an account the page does not name', '页面未注明的账号 中的 devops'],
    [{ kind: 'root' as const, principal: '' }, 'your logon identity (the root account)', '你的登录身份（主账号）'],
    [{ kind: 'user' as const, principal: '' }, 'your logon identity (a RAM user)', '你的登录身份（RAM 用户）'],
  ])('describeIdentity %j', (identity, en, zh) => {
    expect(describeIdentity(identity)).toBe(en);
    inLanguage('zh_CN');
    expect(describeIdentity(identity)).toBe(zh);
  });

  it('logonText names the kind when the page does not name the user', () => {
    inLanguage('zh_CN');
    expect(logonText({ kind: 'root', principal: '' })).toBe('登录身份（主账号）');
    expect(logonText({ kind: 'user', principal: 'alice@x' })).toBe('登录身份：alice@x');
  });
});

describe('why a switch form could not be used, as the fallback message quotes it', () => {
  it('names what is missing in Chinese, the page\'s own words kept as they are', () => {
    inLanguage('zh_CN');
    document.body.innerHTML = '<p>Loading…</p>';
    expect(findSwitchForm(document)).toMatchObject({ ok: false, cause: 'form-not-found', detail: '未找到账号字段：页面上没有文本输入框' });
    const input = (value: string) => Object.assign(document.createElement('input'), { value });
    const form = { account: input('company1'), role: input(''), submit: document.createElement('button') };
    expect(filledAsExpected(form, 'company1', 'devops')).toEqual({ cause: 'fill-rejected', detail: '页面没有保留填入字段的值（显示的是 "company1" 和 ""）' });
    expect(failureMessage('fill-rejected', { target: TARGET, detail: filledAsExpected(form, 'company1', 'devops')!.detail })).toMatch(
      /^切换角色表单不接受填入的值（页面没有保留填入字段的值（显示的是 "company1" 和 ""））。已改为打开预填了“company1”和“devops”的页面/,
    );
  });
});

describe('counts choose their form', () => {
  const bookmark = (i: number, over: Partial<Bookmark> = {}): Bookmark =>
    ({ id: `b${i}`, account: 'company1', roleName: `role-${i}`, displayName: '', colour: '#d32f2f', favourite: false, createdAt: 1, updatedAt: 1, ...over }) as Bookmark;

  it.each([
    [1, 'Nothing was imported: the document has 1 problem.', '未导入任何内容：文档有 1 个问题。'],
    [3, 'Nothing was imported: the document has 3 problems.', '未导入任何内容：文档有 3 个问题。'],
    [26, 'Nothing was imported: the document has 26 problems.', '未导入任何内容：文档有 26 个问题。'],
  ])('problemsHeading for %i problems', (n, en, zh) => {
    const problems = () => capProblems(Array.from({ length: n }, (_, i) => ({ path: `roles[${i}]`, message: 'Bad.' })));
    expect(problemsHeading(problems())).toBe(en);
    inLanguage('zh_CN');
    const capped = problems();
    expect(problemsHeading(capped)).toBe(zh);
    if (n > 20) expect(capped[20]!.message).toBe(`…另有 ${n - 20} 个问题未显示。请先修正上面的问题，然后重新导入。`);
  });

  it('an export says how many roles went into which file', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(prepareExport([bookmark(1)], {}, now)).toMatchObject({ message: 'Exported 1 role to switch-roles-2026-11-27.json.' });
    expect(prepareExport([bookmark(1), bookmark(2)], {}, now)).toMatchObject({ message: 'Exported 2 roles to switch-roles-2026-11-27.json.' });
    inLanguage('zh_CN');
    expect(prepareExport([bookmark(1), bookmark(2)], {}, now)).toMatchObject({ message: '已将 2 个角色导出到 switch-roles-2026-11-27.json。' });
  });

  it('an import summary fills in every count', () => {
    const prepared = { plan: { added: [1, 2], changed: [3] } } as never;
    expect(importSummary(prepared, { list: { name: 'Platform' } as never, removed: 0 })).toBe('Imported "Platform": 2 added, 1 changed, 0 removed.');
    inLanguage('zh_CN');
    expect(importSummary(prepared, { list: { name: 'Platform' } as never, removed: 0 })).toBe('已导入“Platform”：新增 2 个，更改 1 个，移除 0 个。');
  });

  it('"also in" names your bookmarks and the lists', () => {
    inLanguage('zh_CN');
    const names = new Map([['l1', 'Platform'], ['l2', 'Security']]);
    expect(alsoListedText([bookmark(1)], names)).toBe('也在你的书签中');
    expect(alsoListedText([bookmark(1, { listId: 'l1' })], names)).toBe('也在团队列表“Platform”中');
    expect(alsoListedText([bookmark(1), bookmark(2, { listId: 'l1' }), bookmark(3, { listId: 'l2' })], names)).toBe('也在你的书签和 2 个团队列表（Platform、Security）中');
  });

  it('the diagnostic report says how many lines it copied', async () => {
    inLanguage('zh_CN');
    const copied = await copyDiagnosticReport(1, { ask: async () => ({ report: 'a\nb\nc' }), copy: async () => {} });
    expect(copied).toEqual({ ok: true, text: '已复制诊断报告（共 3 行）：包含页面结构和扩展识别的标签，不含任何名称或值。请将其附在问题报告中。' });
  });

  it('a storage failure says what could not be done', async () => {
    inLanguage('zh_CN');
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    await expect(writeGuard('保存书签', () => Promise.reject(full))).rejects.toThrow(/^无法保存书签：浏览器为本扩展提供的存储空间已满。/);
  });
});

describe('a refusal in Chinese is as precise as in English', () => {
  const DIR = join(__dirname, '../fixtures/teamlist/hostile');
  const files = readdirSync(DIR).filter((f) => f !== 'expectations.json').sort();
  const SECRETS = ['LTAI', 'CAIS', 'STS.', 'PRIVATE KEY', 'hunter2', 's3cr3t'];
  const shape = (problems: Problem[]) => problems.map(({ path, line, column, secret, more }) => ({ path, line, column, secret, more }));

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const en = readTeamList(text);
    inLanguage('zh_CN');
    const zh = readTeamList(text);
    expect(en.ok || zh.ok).toBe(false);
    if (en.ok || zh.ok) return;
    // The same problems, at the same places.
    expect(shape(zh.problems)).toEqual(shape(en.problems));
    for (const p of zh.problems) {
      expect(p.message, p.message).toMatch(CJK);
      expect(p.message, p.message).not.toMatch(/\$[a-z0-9_]+\$/i);
      for (const s of SECRETS) if (!en.problems.some((e) => e.message.includes(s))) expect(p.message).not.toContain(s);
      // The line and column lead the message once, as in English.
      const line = problemText(p);
      if (p.line !== undefined) expect(line.match(/第 \d+ 行/g)).toHaveLength(1);
    }
  });

  it('a syntax error says where and what in Chinese', () => {
    inLanguage('zh_CN');
    const r = readTeamList('{\n  "version": 1,\n  "roles": [\n    { "account": "x", "roleName": "y", }\n  ]\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ line: 4, message: expect.stringMatching(/^第 4 行第 \d+ 列：“}”前多了一个逗号|^第 4 行第 \d+ 列："}" 前多了一个逗号：请删除它。这不是有效的 JSON。$/) });
  });

  it('a field error names the path and the fix in Chinese', () => {
    inLanguage('zh_CN');
    const r = readTeamList('{"version": 1, "roles": [{"account": "company1", "roleName": "dev ops"}]}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual({ path: 'roles[0].roleName', message: expect.stringMatching(/^"dev ops" 不是 RAM 角色名称。角色名称只能包含字母、数字、“\.”和“-”/) });
  });
});
