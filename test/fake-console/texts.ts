// Every visible string of the fake console, English and Chinese. Error texts are exported
// (as ERROR_TEXTS) so tests can assert that the extension passes them on to the user.

import type { SwitchFailure } from './directory';

export type Lang = 'en' | 'zh';
export type LabelSet = 'old' | 'new';

export const ERROR_TEXTS: Record<SwitchFailure, Record<Lang, string>> = {
  'missing-fields': {
    en: 'Enter the enterprise alias or default domain name and the role name.',
    zh: '请输入企业别名/默认域名和角色名称。',
  },
  'unknown-account': {
    en: 'The enterprise alias or default domain name does not exist.',
    zh: '企业别名或默认域名不存在。',
  },
  'unknown-role': {
    en: 'The role does not exist in the specified account.',
    zh: '指定账号下不存在该角色。',
  },
  'not-trusted': {
    en: "You are not authorized to assume this role. Make sure the role's trust policy allows you.",
    zh: '您没有权限扮演该角色,请确认角色的信任策略。',
  },
  root: {
    en: 'An Alibaba Cloud account (root) cannot assume a RAM role. Sign in as a RAM user.',
    zh: '阿里云主账号不能扮演RAM角色,请使用RAM用户登录。',
  },
  'bad-token': {
    en: 'Your request has expired. Refresh the page and try again.',
    zh: '请求已失效,请刷新页面后重试。',
  },
  // Never shown on the switch page: an expired session goes to the login page instead.
  expired: {
    en: 'Your session has expired. Sign in again.',
    zh: '登录已过期,请重新登录。',
  },
};

export const SWITCH_TEXTS = {
  en: {
    title: 'Switch Role',
    intro: 'Switch to a RAM role of another account. You act with the role’s permissions until you switch back.',
    account: { old: 'Enterprise Alias/Default Domain Name', new: 'Account Alias / Default Domain / Account ID' },
    role: 'Role Name',
    button: { old: 'Switch', new: 'Submit' },
    accountPlaceholder: 'Enter an alias, default domain or account ID',
    rolePlaceholder: 'Enter the role name',
    back: 'Back to console',
    moved: 'This page has moved',
    movedBody: 'Role switching is now part of the new account center. Search the help for “switch role”.',
    search: 'Search help',
    confirm: 'Confirm alias',
  },
  zh: {
    title: '切换身份',
    intro: '切换到其他账号下的RAM角色。切换后将以该角色的权限操作,直到返回登录身份。',
    account: { old: '企业别名/默认域名', new: '企业别名/默认域名' },
    role: '角色名称',
    button: { old: '切换', new: '提交' },
    accountPlaceholder: '请输入企业别名、默认域名或账号ID',
    rolePlaceholder: '请输入角色名称',
    back: '返回控制台',
    moved: '页面已迁移',
    movedBody: '切换身份功能已迁移到新的账号中心。请在帮助中搜索“切换身份”。',
    search: '搜索帮助',
    confirm: '确认别名',
  },
} as const;

export const LOGIN_TEXTS = {
  en: {
    title: 'RAM User Logon',
    label: 'RAM user logon name',
    placeholder: 'username@company-alias.onaliyun.com',
    button: 'Sign In',
    unknown: 'The logon name does not exist.',
  },
  zh: {
    title: 'RAM 用户登录',
    label: '登录名称',
    placeholder: '用户名@企业别名.onaliyun.com',
    button: '登录',
    unknown: '登录名称不存在。',
  },
} as const;

export const TOPBAR_TEXTS = {
  en: {
    legacy: {
      current: 'CurrentName',
      alias: 'Alias',
      login: 'Login Name',
      role: 'Role',
      user: 'Subaccount',
      root: 'Main account',
      switchRole: 'SwitchRole',
      exit: 'ExitSwitchedRole',
    },
    modern: {
      current: 'Current Identity',
      account: 'Account',
      logon: 'Logon Identity',
      role: 'Role',
      user: 'RAM User',
      root: 'Main Account',
      switchRole: 'Switch Role',
      exit: 'Switch Back to Logon User',
      signOut: 'Sign Out',
    },
    console: 'Console',
    search: 'Search',
  },
  zh: {
    legacy: {
      current: '当前身份',
      alias: '企业别名',
      login: '登录身份',
      role: '角色',
      user: '子账号',
      root: '主账号',
      switchRole: '切换角色',
      exit: '返回登录身份',
    },
    modern: {
      current: '当前身份',
      account: '账号',
      logon: '登录身份',
      role: '角色',
      user: 'RAM 用户',
      root: '主账号',
      switchRole: '切换身份',
      exit: '返回登录身份',
      signOut: '退出登录',
    },
    console: '控制台',
    search: '搜索',
  },
} as const;
