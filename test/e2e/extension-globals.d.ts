// Code passed to page.evaluate() on extension pages runs there, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;
