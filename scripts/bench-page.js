// In-page helpers for scripts/bench.ts, injected as plain JavaScript with addInitScript({ path }).
// Kept out of the TypeScript file on purpose: tsx rewrites functions handed to page.evaluate
// (`__name is not defined` in the page), so the bench only ever evaluates strings that call
// these helpers.
(() => {
  const bench = (window.__bench = {});
  const TOPBAR = '.console-component-topbar, header[data-spm="topbar"]';

  if (location.protocol === 'chrome-extension:') {
    // The first role row: the frame after it is in the page (rAF runs just before that paint).
    bench.firstRow = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[role="option"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      }).observe(document, { childList: true, subtree: true });
    });
    bench.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }

  /** Resolves with performance.now() once check() is true, re-checked on every DOM change. */
  bench.when = (check) =>
    new Promise((resolve) => {
      if (check()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    });

  /** The popup has read the whole store: its list is no longer marked busy, or it says it is empty. */
  bench.popupComplete = () =>
    bench.when(() => {
      const list = document.querySelector('[role="listbox"]');
      if (list) return list.getAttribute('aria-busy') !== 'true';
      return document.querySelector('.empty') !== null;
    });

  /** How many bookmarks the popup's kept first screen says the store holds, once it is kept
   *  (within 5 s), else null. */
  bench.firstScreenTotal = async () => {
    for (const start = performance.now(); performance.now() - start < 5000; await new Promise((r) => setTimeout(r, 20))) {
      const kept = (await chrome.storage.local.get('popupFirstScreen')).popupFirstScreen;
      if (kept) return kept.total;
    }
    return null;
  };

  /** What the popup says it lists: aria-setsize of its options (the windowed list's total). */
  bench.popupCount = () => Number(document.querySelector('[role="option"]')?.getAttribute('aria-setsize') ?? 0);

  const openDb = () =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('switch-roles');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  const committed = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  /** Says what every write of the extension says (lib/store/changes.ts): the background forgets
   *  the bookmarks it kept. */
  const announceChange = () => {
    const changed = new BroadcastChannel('switch-roles:bookmarks-changed');
    changed.postMessage(null);
    changed.close();
  };
  /** The user's own bookmarks as the database holds them: one record from schema v5 on
   *  (lib/store/db.ts), one record each before, so that a build from before v5 can be measured. */
  const ownLayout = (db) => (db.objectStoreNames.contains('own') ? 'own' : 'bookmarks');

  /** Puts n bookmarks straight into the extension's database (set-up, not the UI's path), and
   *  `extra` bookmarks as they are. */
  bench.seed = async (count, extra = []) => {
    const db = await openDb();
    const layout = ownLayout(db);
    for (const store of [layout, 'history', 'lists', 'listRoles']) {
      if (!db.objectStoreNames.contains(store)) continue;
      const tx = db.transaction(store, 'readwrite');
      tx.objectStore(store).clear();
      await committed(tx);
    }
    const now = Date.now();
    const bookmarks = [];
    for (let i = 0; i < count; i++) {
      bookmarks.push({
        id: `bench-${i}`,
        account: `team-${String(i % 200).padStart(3, '0')}`,
        roleName: `role-${i}`,
        displayName: i % 3 ? `Service ${i} admin` : undefined,
        colour: '#1565c0',
        favourite: i % 50 === 0,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const b of extra) bookmarks.push({ ...b, createdAt: now, updatedAt: now });
    const tx = db.transaction(layout, 'readwrite');
    if (layout === 'own') tx.objectStore('own').put({ id: 'own', bookmarks });
    else for (const b of bookmarks) tx.objectStore('bookmarks').put(b);
    await committed(tx);
    db.close();
    announceChange();
    // The store was changed behind the extension's back: drop what it derived from it (the
    // popup's first-screen snapshot), as the extension's own writes would have rewritten it.
    for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
    await chrome.storage.local.remove('popupFirstScreen');
    return count;
  };

  /** Renames one own bookmark in the database and announces it, as an edit in the popup does:
   *  the next banner reads the store again. */
  bench.renameOwn = async (id, displayName) => {
    const db = await openDb();
    const layout = ownLayout(db);
    const tx = db.transaction(layout, 'readwrite');
    const store = tx.objectStore(layout);
    const read = (req) => new Promise((resolve) => (req.onsuccess = () => resolve(req.result)));
    if (layout === 'own') {
      const own = await read(store.get('own'));
      const b = own.bookmarks.find((x) => x.id === id);
      if (!b) throw new Error(`bench: no own bookmark ${id}`);
      b.displayName = displayName;
      store.put(own);
    } else {
      const b = await read(store.get(id));
      if (!b) throw new Error(`bench: no own bookmark ${id}`);
      store.put({ ...b, displayName });
    }
    await committed(tx);
    db.close();
    announceChange();
  };

  /** One keystroke in the popup's search: time until the frame after the update, and the
   *  task after it (whatever the popup does after that paint counts too). Also, for the first
   *  keystroke's report: `bench.shownAt`, when the frame that paints the update starts (with
   *  very many bookmarks it shows the first matches), and `bench.allMatches`, when every match
   *  is listed (the list no longer marked busy). */
  bench.keystroke = async (value) => {
    const input = document.querySelector('input[type="search"]');
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // After the popup's own render (queued as a microtask by the input).
    await Promise.resolve();
    bench.allMatches = bench.popupComplete().then((t) => t - t0);
    await new Promise((r) =>
      requestAnimationFrame(() => {
        bench.shownAt = performance.now() - t0;
        // What that frame paints: the list's options, whether it says more are coming, and
        // how many it says it lists.
        const list = document.querySelector('[role="listbox"]');
        bench.shown = { options: document.querySelectorAll('[role="option"]').length, busy: list?.getAttribute('aria-busy') === 'true', listed: bench.popupCount() };
        setTimeout(r, 0);
      }),
    );
    return performance.now() - t0;
  };

  /** The button whose text is `name`, or undefined. */
  bench.button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);

  /** Clicks the button named `name`, then resolves with the time until check() holds. */
  bench.clickUntil = async (name, check) => {
    const button = bench.button(name);
    if (!button) throw new Error(`bench: no button "${name}"`);
    if (button.disabled) throw new Error(`bench: the button "${name}" is disabled`);
    const t0 = performance.now();
    const done = bench.when(check);
    button.click();
    return { start: t0, ms: (await done) - t0 };
  };

  bench.longTasksSince = (start) => bench.longTasks.filter((t) => t.start + t.duration >= start);

  // A busy console page (?bench=busy): 2 000 table rows added in batches of 50 every 10 ms,
  // then a cell changing every 50 ms until 4 s, while the top bar arrives late.
  if (location.search.includes('bench=busy')) {
    bench.busy = { rows: 0, topbarAt: null, topbarAt1s: null, done: false };
    addEventListener('DOMContentLoaded', () => {
      const tbody = document.querySelector('tbody');
      if (!tbody) throw new Error('bench: the busy page has no table');
      let left = 2000;
      const add = () => {
        for (let i = 0; i < 50 && left > 0; i++, left--) {
          const tr = document.createElement('tr');
          tr.innerHTML = `<td>i-bench${left}</td><td>Running</td><td>ecs.g7.large</td>`;
          tbody.append(tr);
          bench.busy.rows++;
        }
        if (left > 0) setTimeout(add, 10);
        else change();
      };
      let n = 0;
      const change = () => {
        tbody.firstElementChild.firstElementChild.textContent = `tick ${++n}`;
        if (performance.now() < 4000) setTimeout(change, 50);
        else bench.busy.done = true;
      };
      add();
      setTimeout(() => (bench.busy.topbarAt1s = document.querySelector(TOPBAR) !== null), 1000 - performance.now());
    });
  }

  // A large console page (?bench=large): 12 000 more elements, blocks of ten rows of two cells
  // (a product page built of div grids: no list or table the reader could pass over), short
  // texts, some with words a top-bar label has ("Account", "Role", "Logs", 账号).
  if (location.search.includes('bench=large')) {
    bench.large = { elements: 0, lists: 0 };
    addEventListener('DOMContentLoaded', () => {
      const words = ['Instance name', 'Running', 'ecs.g7.large', 'Account', 'Status', 'cn-hangzhou-h', 'Role', 'Manage', 'Logs', 'User guide', '运行中', '实例名称', '账号'];
      const section = document.createElement('section');
      let made = 0;
      while (made < 12000) {
        const card = document.createElement('div');
        for (let row = 0; row < 10 && made < 12000; row++) {
          const line = document.createElement('div');
          for (let cell = 0; cell < 2; cell++) {
            const span = document.createElement('span');
            span.textContent = `${words[(made + cell) % words.length]} ${made}`;
            line.append(span);
          }
          card.append(line);
          made += 3;
        }
        section.append(card);
        made++;
      }
      document.body.append(section);
      bench.large.elements = section.getElementsByTagName('*').length + 1;
      bench.large.lists = section.querySelectorAll('table, tbody, ul, ol').length;
    });
  }

  // Latency runs only (?bench=watch): when the top bar and the banner appear.
  if (location.search.includes('bench=watch')) {
    bench.watch = { topbarAt: null, bannerAt: null };
    new MutationObserver((_, observer) => {
      bench.watch.topbarAt ??= document.querySelector(TOPBAR) ? performance.now() : null;
      bench.watch.bannerAt ??= document.querySelector('switch-roles-banner') ? performance.now() : null;
      if (bench.watch.topbarAt === null || bench.watch.bannerAt === null) return;
      observer.disconnect();
      // Tells the bench both times are in without its polling the page (bench.ts bannerLatency).
      console.debug('bench:watched');
    }).observe(document, { childList: true, subtree: true });
  }

  // The switch page: report when the form is submitted, with the page's own load time.
  if (location.hostname.startsWith('signin.') && location.pathname.endsWith('switchRole.htm')) {
    document.addEventListener(
      'submit',
      () => {
        const nav = performance.getEntriesByType('navigation')[0];
        const submittedAt = performance.now();
        const report = () =>
          window.benchReport?.({
            timeOrigin: performance.timeOrigin,
            submittedAt,
            domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
            loadEnd: nav?.loadEventEnd ?? 0,
          });
        report();
      },
      true,
    );
  }
})();
