// One row per saved fake-console page: what every lookup of lib/console finds on it. A new page
// variant, or a lookup that starts finding something else, shows up here first.
import { expect, it } from 'vitest';
import { findSwitchBackLink, readIdentity } from '@/lib/console/identity';
import { readPageError } from '@/lib/console/page-error';
import { findSwitchForm } from '@/lib/console/switch-form';
import { FIXTURE_NAMES, consoleConfigOf, loadPage } from './pages';

function census(name: string): string {
  const doc = loadPage(name);
  const form = findSwitchForm(doc);
  const reading = readIdentity(doc, consoleConfigOf(name));
  return [
    form.ok ? 'form' : form.cause,
    reading.state === 'known' ? `${reading.identity.kind} ${reading.identity.principal}` : 'identity unknown',
    readPageError(doc) === null ? 'no error' : 'error',
    findSwitchBackLink(doc) ? 'switch-back link' : 'no switch-back link',
  ].join(' | ');
}

it('finds on each saved page what it should', () => {
  expect(Object.fromEntries(FIXTURE_NAMES.map((name) => [name, census(name)]))).toEqual({
    ambiguous: 'form-ambiguous | identity unknown | no error | no switch-back link',
    'classic-en-error-unknown-role': 'form | identity unknown | error | no switch-back link',
    'classic-en-new': 'form | identity unknown | no error | no switch-back link',
    'classic-en-old': 'form | identity unknown | no error | no switch-back link',
    'classic-zh': 'form | identity unknown | no error | no switch-back link',
    'legacy-en-role': 'form-not-found | role devops/alice | no error | switch-back link',
    'legacy-en-root': 'form-not-found | root company2@aliyun-test.com | no error | no switch-back link',
    'legacy-en-user': 'form-not-found | user alice@company2.onaliyun.com | no error | no switch-back link',
    'legacy-zh-role': 'form-not-found | role devops/alice | no error | switch-back link',
    'login-en': 'form-not-found | identity unknown | no error | no switch-back link',
    'modern-en': 'form | identity unknown | no error | no switch-back link',
    'modern-en-error-not-trusted': 'form | identity unknown | error | no switch-back link',
    'modern-en-role': 'form-not-found | role ecs-admin/alice | no error | switch-back link',
    'modern-en-role-company3': 'form-not-found | role readonly/alice | no error | switch-back link',
    'modern-en-user': 'form-not-found | user alice@company2.onaliyun.com | no error | no switch-back link',
    'modern-zh': 'form | identity unknown | no error | no switch-back link',
    'modern-zh-role': 'form-not-found | role ecs-admin/alice | no error | switch-back link',
    'no-form': 'form-not-found | identity unknown | no error | no switch-back link',
    'none-en-role': 'form-not-found | identity unknown | no error | no switch-back link',
  });
});
