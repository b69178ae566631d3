// The probe that a test server puts first in each HTML page it serves, for engines whose driver
// reports no console messages (WebKitWebDriver): it records console errors and warnings, uncaught
// errors, rejected promises, resources that failed to load and CSP violations in
// window.__engineProbe, which scripts/engines.mjs reads after every step. A file, not an inline
// script, so that a strict CSP allows it.

export const PROBE_PATH = '/__engine-probe.js';

export const PROBE_SCRIPT = `(() => {
  const seen = (window.__engineProbe = []);
  const text = (args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  for (const type of ['error', 'warn']) {
    const original = console[type].bind(console);
    console[type] = (...args) => { seen.push([type === 'warn' ? 'warning' : 'error', text(args)]); original(...args); };
  }
  addEventListener('error', (event) => {
    const target = event.target;
    if (target === window) seen.push(['pageerror', event.message]);
    else seen.push(['error', 'Failed to load resource: ' + (target.src || target.href || target.localName)]);
  }, true);
  addEventListener('unhandledrejection', (event) => seen.push(['pageerror', String(event.reason?.message ?? event.reason)]));
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(['error', 'CSP: ' + event.violatedDirective + ' ' + event.blockedURI]));
})();
`;

/** The page's HTML with the probe as the first script in its head. */
export const withProbe = (html) => html.replace(/<head[^>]*>/i, (head) => `${head}<script src="${PROBE_PATH}"></script>`);
