// Which stored list a document belongs to, and its name.
import { describe, expect, it } from 'vitest';
import { listNameOf, sourceKeyOf, type ImportOrigin } from '@/lib/teamlist/source';

describe('sourceKeyOf', () => {
  it.each([
    [{ kind: 'url', url: 'https://x.example/roles.json' }, { source: ' repo:roles ' }, 'source:repo:roles'],
    [{ kind: 'file', fileName: 'a.json' }, { source: 'repo:roles', name: 'N' }, 'source:repo:roles'],
    [{ kind: 'url', url: 'https://x.example/roles.json#top' }, { name: 'N' }, 'url:https://x.example/roles.json'],
    [{ kind: 'paste' }, { name: ' Platform ' }, 'name:Platform'],
    [{ kind: 'file', fileName: 'roles.json' }, {}, 'file:roles.json'],
    [{ kind: 'paste' }, {}, 'paste'],
    [{ kind: 'cli-config', fileName: 'config.json' }, { name: 'x', source: 'y' }, 'cli-config'],
  ] as [ImportOrigin, { name?: string; source?: string }, string][])('%j + %j → %s', (origin, doc, key) => {
    expect(sourceKeyOf(origin, doc)).toBe(key);
  });
});

describe('listNameOf', () => {
  it.each([
    [{ kind: 'file', fileName: 'platform.JSON' }, { name: 'Platform team' }, 'Platform team'],
    [{ kind: 'file', fileName: 'platform.JSON' }, {}, 'platform'],
    [{ kind: 'url', url: 'https://x.example/teams/ops%20roles.json' }, {}, 'ops roles.json'],
    [{ kind: 'url', url: 'https://x.example/' }, {}, 'x.example'],
    [{ kind: 'paste' }, {}, 'Pasted list'],
  ] as [ImportOrigin, { name?: string }, string][])('%j + %j → %s', (origin, doc, name) => {
    expect(listNameOf(origin, doc)).toBe(name);
  });
});
