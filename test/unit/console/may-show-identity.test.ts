// mayShowIdentity: the cheap test that lets the identity wait skip a busy page's other changes.
// It must never be false where readIdentity finds an identity.
import { describe, expect, it } from 'vitest';
import { mayShowIdentity, readIdentity } from '@/lib/console/identity';
import { FIXTURE_NAMES, loadPage } from './pages';

describe('mayShowIdentity', () => {
  it.each(FIXTURE_NAMES)('is true for the body of %s whenever readIdentity knows the identity', (name) => {
    const doc = loadPage(name);
    if (readIdentity(doc).state === 'known') expect(mayShowIdentity(doc.body)).toBe(true);
  });

  it('is true for a top bar label added alone, English or Chinese, whatever the spacing or case', () => {
    for (const text of ['CurrentName:', 'Current\n   identity', 'LOGON NAME', '当前身份', 'Alias']) {
      expect(mayShowIdentity(document.createTextNode(text))).toBe(true);
    }
  });

  it('is false for table rows and other console content', () => {
    const tr = document.createElement('tr');
    tr.innerHTML = '<td>i-bp1abc</td><td>Running</td><td>ecs.g7.large</td>';
    expect(mayShowIdentity(tr)).toBe(false);
    expect(mayShowIdentity(document.createTextNode(''))).toBe(false);
    expect(mayShowIdentity(document.createElement('div'))).toBe(false);
  });
});
