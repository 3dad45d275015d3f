import { it } from 'vitest';
import { findSwitchForm } from '@/lib/console/switch-form';
import { setBody } from './pages';
it('dbg', () => {
  setBody(`<form>
      <input type="hidden" name="roleName" value="x">
      <input type="password" name="roleName">
      <input type="checkbox" name="roleName">
      <div hidden><label>Role Name <input></label></div>
      <div aria-hidden="true"><label>Account alias <input></label></div>
      <label>Role name <input disabled></label>
      <label>Account alias <input readonly></label>
      <label>Account alias <input id="account"></label>
      <label>Role name <input id="role"></label><button type="submit">Switch</button></form>`);
  console.log(JSON.stringify(findSwitchForm(document)));
});
