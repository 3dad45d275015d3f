import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONSOLE_MATCHES } from './lib/console/hosts';

// Permissions are the fewest that work:
// - "storage": settings and the in-flight switch (storage.session survives a worker restart).
// - host access comes from the content scripts' matches (console and sign-in hosts only),
//   which also lets the background read those tabs' URLs without the "tabs" permission.
// - "https://*/*" is optional and requested at run time, one origin at a time, only when the
//   user imports a team list from a URL.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    // English and Simplified Chinese: public/_locales/{en,zh_CN}/messages.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage'],
    host_permissions: CONSOLE_MATCHES,
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      // 128: MAIN-world content scripts (the console-config reader).
      gecko: {
        id: 'switch-roles@alibaba-cloud.example',
        strict_min_version: '128.0',
        // Nothing leaves the browser: no data is collected or sent anywhere.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
