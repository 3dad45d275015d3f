// Body content of the console pages: enough side nav, buttons and tables to look like a
// console in a screenshot and to give the extension's banner something to sit above.

import { accountOf, DIRECTORY, type Account } from '../directory';
import type { Lang } from '../texts';

type Text = readonly [en: string, zh: string];

export interface ProductView {
  heading: Text;
  toolbar: Text[];
  columns: Text[];
  rows: string[][];
  cards?: { title: Text; body: Text; href?: string }[];
}

export interface Product {
  title: Text;
  nav: { path: string; label: Text }[];
  /** Nav links navigate with history.pushState instead of loading a page. */
  spa: boolean;
  view(path: string, ctx: { account: Account; consoleSuffix: string }): ProductView;
}

export function tr(t: Text, lang: Lang): string {
  return lang === 'zh' ? t[1] : t[0];
}

const PRODUCTS: Record<string, Product> = {
  home: {
    title: ['Alibaba Cloud Console', '控制台首页'],
    nav: [{ path: '/', label: ['Overview', '概览'] }],
    spa: false,
    view: (_path, { consoleSuffix }) => ({
      heading: ['Overview', '概览'],
      toolbar: [],
      cards: [
        { title: ['Elastic Compute Service', '云服务器 ECS'], body: ['3 instances', '3 台实例'], href: `https://ecs.${consoleSuffix}/` },
        { title: ['Object Storage Service', '对象存储 OSS'], body: ['2 buckets', '2 个存储空间'], href: `https://oss.${consoleSuffix}/` },
        { title: ['Resource Access Management', '访问控制 RAM'], body: ['Users and roles', '用户与角色'], href: `https://ram.${consoleSuffix}/` },
      ],
      columns: [['Recently visited', '最近访问'], ['Region', '地域']],
      rows: [['ECS', 'China (Hangzhou)'], ['OSS', 'China (Shanghai)'], ['RAM', 'Global']],
    }),
  },
  ram: {
    title: ['Resource Access Management', '访问控制'],
    nav: [
      { path: '/roles', label: ['Roles', '角色'] },
      { path: '/users', label: ['Users', '用户'] },
    ],
    spa: false,
    view: (path, { account }) =>
      path.startsWith('/users')
        ? {
            heading: ['Users', '用户'],
            toolbar: [['Create User', '创建用户']],
            columns: [['User Logon Name', '用户登录名称'], ['Display Name', '显示名称']],
            rows: Object.values(DIRECTORY.users)
              .filter((u) => accountOf(u.account) === account)
              .map((u) => [u.logonName, u.name]),
          }
        : {
            heading: ['Roles', '角色'],
            toolbar: [['Create Role', '创建角色']],
            columns: [['Role Name', '角色名称'], ['ARN', 'ARN']],
            rows: account.roles.map((r) => [r.name, `acs:ram::${account.id}:role/${r.name}`]),
          },
  },
  ecs: {
    title: ['Elastic Compute Service', '云服务器 ECS'],
    nav: [
      { path: '/instances', label: ['Instances', '实例'] },
      { path: '/disks', label: ['Disks', '块存储'] },
      { path: '/images', label: ['Images', '镜像'] },
    ],
    spa: true,
    view: (path) => {
      if (path.startsWith('/disks')) {
        return {
          heading: ['Disks', '块存储'],
          toolbar: [['Create Disk', '创建云盘']],
          columns: [['Disk ID', '云盘ID'], ['Size', '容量'], ['Status', '状态']],
          rows: [
            ['d-bp1fk8w2xq6n0s7c3a1e', '40 GiB', 'In use'],
            ['d-bp13z4m9yq2k5t8v0b7d', '100 GiB', 'In use'],
          ],
        };
      }
      if (path.startsWith('/images')) {
        return {
          heading: ['Images', '镜像'],
          toolbar: [['Create Image', '创建镜像']],
          columns: [['Image ID', '镜像ID'], ['OS', '操作系统']],
          rows: [
            ['m-bp1g7fz9q3w2x8k0j6c4', 'Alibaba Cloud Linux 3'],
            ['m-bp12n5d8t0r4y6u1i3o7', 'Debian 12'],
          ],
        };
      }
      return {
        heading: ['Instances', '实例'],
        toolbar: [['Create Instance', '创建实例'], ['Refresh', '刷新']],
        columns: [['Instance ID', '实例ID'], ['Name', '名称'], ['Zone', '可用区'], ['Status', '状态']],
        rows: [
          ['i-bp1a2b3c4d5e6f7g8h9i', 'web-01', 'cn-hangzhou-h', 'Running'],
          ['i-bp19x8w7v6u5t4s3r2q1', 'web-02', 'cn-hangzhou-h', 'Running'],
          ['i-bp1k2j3h4g5f6d7s8a9p', 'db-01', 'cn-hangzhou-i', 'Stopped'],
        ],
      };
    },
  },
  oss: {
    title: ['Object Storage Service', '对象存储'],
    nav: [{ path: '/buckets', label: ['Buckets', 'Bucket 列表'] }],
    spa: false,
    view: () => ({
      heading: ['Buckets', 'Bucket 列表'],
      toolbar: [['Create Bucket', '创建 Bucket']],
      columns: [['Bucket Name', 'Bucket 名称'], ['Region', '地域'], ['Storage Class', '存储类型']],
      rows: [
        ['team-logs', 'China (Hangzhou)', 'Standard'],
        ['team-backups', 'China (Shanghai)', 'IA'],
      ],
    }),
  },
};

/** Any other product subdomain gets a generic page titled after it. */
export function productFor(name: string): Product {
  const known = PRODUCTS[name];
  if (known) return known;
  const title = name.toUpperCase();
  return {
    title: [title, title],
    nav: [{ path: '/', label: ['Overview', '概览'] }],
    spa: false,
    view: () => ({ heading: ['Overview', '概览'], toolbar: [], columns: [['Resource', '资源']], rows: [] }),
  };
}
