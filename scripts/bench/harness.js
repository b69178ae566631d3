// In-page measurements for scripts/bench.mjs. Every time is performance.now() in the page, from
// the moment the work is asked for to the frame after the result is in the DOM:
//   first render – from creating the element (its `feed` property set to the parsed feed, so no
//                  network) or calling the floor, until the list holds its first page of items,
//                  then a double requestAnimationFrame (the frame with them has been painted);
//   keystroke    – from the keydown of one letter typed in the search box (by Playwright, through
//                  the real input) until the visible result count changes, then a double rAF;
//   language     – from setting lang="sv" on the element (the floor: its re-render in Swedish)
//                  until the visible text is Swedish, then a double rAF.
import { FloorCalendar, FloorFinder } from './floor.js';

const NOW = '2026-10-01T12:00';
const PAGE = 20;
const stage = document.getElementById('stage');
let feedText = '';
let vocab;
let current;

const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Resolves once `predicate()` holds, checked after every change under `root`. */
function until(root, predicate, timeout = 60_000) {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!predicate()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the page did not reach the expected state in time'));
    }, timeout);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** A fresh copy of the feed for each widget, parsed outside the timed section. */
const freshFeed = () => JSON.parse(feedText);

/**
 * Collects the garbage left from before the timed section (the previous widget, the 3.5 MB of
 * parsing just done) when the browser allows it (scripts/bench.mjs starts Chromium with
 * --expose-gc): otherwise a collection of it lands inside one side's timing or the other's by
 * chance, and each side's median jumps by tens of milliseconds between runs. The garbage each
 * side makes itself is still collected inside its own timing.
 */
const settle = () => globalThis.gc?.();

const views = {
  finder: {
    ours: {
      create(feed) {
        const el = document.createElement('ero-service-finder');
        el.feed = feed;
        stage.append(el);
        return { el, root: el.shadowRoot };
      },
      items: ({ root }) => root.querySelectorAll('[part~="service"]').length,
      count: ({ root }) => root.querySelector('#count')?.textContent ?? '',
      input: ({ root }) => root.querySelector('input[type="search"]'),
      setLang: ({ el }) => el.setAttribute('lang', 'sv'),
    },
    floor: {
      create(feed) {
        const container = document.createElement('div');
        stage.append(container);
        const floor = new FloorFinder(container, feed, vocab, 'fi');
        floor.render();
        return { el: container, root: container, floor };
      },
      items: ({ root }) => root.querySelectorAll('article.service').length,
      count: ({ root }) => root.querySelector('.count')?.textContent ?? '',
      input: ({ root }) => root.querySelector('input[type="search"]'),
      setLang: ({ floor }) => {
        floor.setLang('sv');
        floor.render();
      },
    },
  },
  calendar: {
    ours: {
      create(feed) {
        const el = document.createElement('ero-event-calendar');
        el.setAttribute('now', NOW);
        el.feed = feed;
        stage.append(el);
        return { el, root: el.shadowRoot };
      },
      items: ({ root }) => root.querySelectorAll('[part~="occurrence"]').length,
      count: ({ root }) => root.querySelector('[part~="count"], .state')?.textContent ?? '',
      setLang: ({ el }) => el.setAttribute('lang', 'sv'),
    },
    floor: {
      create(feed) {
        const container = document.createElement('div');
        stage.append(container);
        const floor = new FloorCalendar(container, feed, vocab, 'fi', NOW);
        floor.render();
        return { el: container, root: container, floor };
      },
      items: ({ root }) => root.querySelectorAll('article.occurrence').length,
      count: ({ root }) => root.querySelector('.count')?.textContent ?? '',
      setLang: ({ floor }) => {
        floor.setLang('sv');
        floor.render();
      },
    },
  },
};

window.bench = {
  async setup(size) {
    feedText = await (await fetch(`/feed/${size}.json`)).text();
    vocab = await (await fetch('/bench/vocabulary.json')).json();
    await customElements.whenDefined('ero-service-finder');
    await customElements.whenDefined('ero-event-calendar');
    // The page's first text layout and its first Finnish collator and Helsinki date format (ICU's
    // data) cost tens of milliseconds once: pay them here, with text of neither side, so that
    // they do not land on whichever side renders first.
    for (const lang of ['fi', 'sv']) {
      new Intl.Collator(lang).compare('Pieksämäki', 'Åbo');
      new Intl.DateTimeFormat(lang, { timeZone: 'Europe/Helsinki', dateStyle: 'full', timeStyle: 'short' }).format(0);
    }
    stage.innerHTML = `<form><label>Haku <input type="search"></label><button>Näytä</button></form><h2>Väkivalta ja erotilanteet</h2><p>Åbo, Pieksämäki: ${'lähisuhdeväkivalta '.repeat(40)}</p>`;
    stage.getBoundingClientRect();
    await painted();
    stage.replaceChildren();
  },

  /** Mounts one widget and returns its first-render time and how many items it shows. */
  async firstRender(widget, kind) {
    const view = views[widget][kind];
    const feed = freshFeed();
    settle();
    const expected = widget === 'finder' ? Math.min(PAGE, feed.services.length) : undefined;
    const start = performance.now();
    current = { view, ...view.create(feed) };
    // The finder is done when its first page is in; the calendar, whose number of upcoming
    // occurrences is its own to work out, when its status line (which says how many) and its
    // first cards are.
    await until(current.root, () => (expected === undefined ? view.count(current) !== '' && view.items(current) > 0 : view.items(current) === expected));
    await painted();
    return { ms: performance.now() - start, items: view.items(current), count: view.count(current).trim() };
  },

  /** Focuses the search box and starts the clock at the next keydown. */
  armKeystroke() {
    settle();
    const before = current.view.count(current);
    current.view.input(current).focus();
    current.keystroke = new Promise((resolve, reject) => {
      window.addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          until(current.root, () => current.view.count(current) !== before)
            .then(painted)
            .then(() => resolve({ ms: performance.now() - start, items: current.view.items(current), count: current.view.count(current).trim() }), reject);
        },
        { capture: true, once: true },
      );
    });
  },

  keystrokeResult() {
    return current.keystroke;
  },

  async switchLanguage() {
    settle();
    const before = current.view.count(current);
    const start = performance.now();
    current.view.setLang(current);
    await until(current.root, () => current.view.count(current) !== before);
    await painted();
    return { ms: performance.now() - start, items: current.view.items(current), count: current.view.count(current).trim() };
  },

  /** Lets idle callbacks run (the finder indexes its search text when the page is idle), as a person would before typing. */
  async idle() {
    // Until three idle callbacks in a row each start with a whole idle period (about 50 ms) to
    // spare: work that slices itself into idle periods uses them up while it lasts. At most 10 s.
    const stop = performance.now() + 10_000;
    for (let quiet = 0; quiet < 3 && performance.now() < stop; ) {
      const spare = await new Promise((resolve) => requestIdleCallback((deadline) => resolve(deadline.timeRemaining()), { timeout: 2000 }));
      quiet = spare >= 40 ? quiet + 1 : 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  },

  /**
   * Removes the widget once the idle work it left has run (our finder indexes the Swedish search
   * text in idle slices after the language switch), so that none of it runs in the next first render.
   */
  async clear() {
    await this.idle();
    current?.el.remove();
    current = undefined;
  },
};
