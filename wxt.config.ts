import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { CONSOLE_MATCHES } from './lib/console/hosts';
import { messageCatalogs } from './lib/i18n/catalog-plugin';
import { popupInOneRequest } from './scripts/popup-in-one-request';
import { compileEagerly } from './scripts/eager-compile';

/** The icon sizes in public/icon/ (made from icon.svg by scripts/icons.ts). */
const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((n) => [n, `icon/${n}.png`]));

/**
 * Data is rendered as text, never as HTML: this build takes out the one `innerHTML` write in
 * Preact (its `dangerouslySetInnerHTML`, used nowhere here), so no code path can render data as
 * HTML, and `web-ext lint` has no unsafe assignment to report. A Preact release that moves it
 * fails the build, loudly, rather than shipping it.
 */
function noInnerHtmlInPreact(): Plugin {
  return {
    name: 'switch-roles:no-inner-html-in-preact',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const out = code.replace(/\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g, '(()=>{throw new TypeError("dangerouslySetInnerHTML is disabled in this extension")})()');
      if (out === code || out.includes('.innerHTML=')) this.error(`${id}: Preact's innerHTML write was not found where expected; update noInnerHtmlInPreact in wxt.config.ts`);
      return { code: out, map: null };
    },
  };
}

/**
 * webextension-polyfill is a UMD/CommonJS file. Imported as a default export, the bundler's
 * interop copies every property of what it exports: on browsers with a native `browser` (Chromium
 * today, Firefox) that is `browser` itself, and reading each property's descriptor builds every
 * extension API binding there is. Measured: ~10 ms on every console page load and popup open.
 * This loads the same file as an ES module whose default export is the polyfill's own
 * `module.exports`, so nothing is copied and APIs are built only when used.
 */
function polyfillWithoutInteropCopy(): Plugin {
  return {
    name: 'switch-roles:polyfill-without-interop-copy',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return null;
      if (!code.includes('factory(module)')) this.error(`${id}: the polyfill's UMD wrapper changed; update polyfillWithoutInteropCopy in wxt.config.ts`);
      return { code: `const module = { exports: {} }; const exports = module.exports; const define = undefined;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}

/** The paste box's page: scripts and styles from the extension only; no forms, popups, plugins,
 *  connections or frames. */
const SANDBOX_CSP = "sandbox allow-scripts; default-src 'none'; script-src 'self'; style-src 'self'";

// Permissions are the fewest that work:
// - "storage": settings and the in-flight switch (storage.session survives a worker restart).
// - host access comes from the content scripts' matches (console and sign-in hosts only),
//   which also lets the background read those tabs' URLs without the "tabs" permission.
// - "https://*/*" is optional and requested at run time, one origin at a time, only when the
//   user imports a team list from a URL.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // NO_MINIFY=1 keeps function names, for reading CPU profiles (never for a release).
  vite: () => ({
    plugins: [noInnerHtmlInPreact(), polyfillWithoutInteropCopy(), messageCatalogs(), preact()],
    // The options page's worker is bundled on its own: it reads the catalogues too.
    worker: { plugins: () => [messageCatalogs()] },
    build: { minify: !process.env.NO_MINIFY },
  }),
  hooks: {
    // The popup loads with one request (scripts/popup-in-one-request.ts): its first row sooner.
    'build:done': async (wxt) => {
      if (wxt.config.command !== 'build') return;
      await popupInOneRequest(wxt.config.outDir, { minify: !process.env.NO_MINIFY });
      // The console content script is compiled as it loads: it costs every console page less
      // (scripts/eager-compile.ts). The popup measured the same either way (77 vs 79 ms).
      await compileEagerly(wxt.config.outDir, ['content-scripts/console.js']);
    },
    // Each browser gets only its own keys: Chrome flags browser_specific_settings as
    // unrecognized, and Firefox has no use for minimum_chrome_version.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') delete manifest.minimum_chrome_version;
      else {
        delete manifest.browser_specific_settings;
        // The sandboxed paste box (entrypoints/paste-box.sandbox, Chromium only) runs our own
        // script and style and nothing else: Chromium's default would allow inline and eval.
        const csp = manifest.content_security_policy;
        if (manifest.sandbox) manifest.content_security_policy = { ...(typeof csp === 'object' ? csp : {}), sandbox: SANDBOX_CSP };
      }
    },
  },
  manifest: {
    // English and Simplified Chinese: public/_locales/{en,zh_CN}/messages.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage'],
    host_permissions: CONSOLE_MATCHES,
    optional_host_permissions: ['https://*/*'],
    icons,
    action: { default_title: '__MSG_extName__', default_icon: icons },
    // Opens the popup; rebindable at chrome://extensions/shortcuts (Edge: edge://extensions/shortcuts)
    // and in Firefox's add-ons manager (Manage Extension Shortcuts). Alt+Shift+R ("role") is
    // taken by none of Chrome's, Edge's or Firefox's own shortcuts.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open Switch Roles' },
    },
    // 111: MAIN-world content scripts declared in the manifest (the console-config reader);
    // also covers storage.session (102) and optional_host_permissions (102).
    minimum_chrome_version: '111',
    browser_specific_settings: {
      gecko: {
        id: 'switch-roles-alibaba-cloud@extensions.dev',
        // 140: data_collection_permissions (MAIN-world content scripts alone need 128).
        strict_min_version: '140.0',
        // Nothing leaves the browser: no data is collected or sent anywhere.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
