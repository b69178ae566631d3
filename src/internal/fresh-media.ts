/**
 * Makes WebKit evaluate a shadow root's width media queries afresh. WebKit (WebKitGTK 2.50) keeps
 * the answers a shared constructed style sheet last had while a shadow root used it: when the
 * viewport changes while no element of that kind is on the page (a single-page app's view, a
 * phone turned), the next element adopts the sheet with the old width's rules. Touching the
 * sheet's media list makes WebKit evaluate it again; other engines merely recompute the style.
 * A touch while the element is being connected is not always enough (WebKit may evaluate the
 * sheet again before its own viewport step has run), so it is repeated once in the next frame.
 */
const evaluatedAt = new WeakMap<CSSStyleSheet, string>();

const touch = (sheets: readonly CSSStyleSheet[]): void => {
  for (const sheet of sheets) {
    const media = sheet.media.mediaText;
    sheet.media.mediaText = 'all';
    sheet.media.mediaText = media;
  }
};

/** Call after the element is connected; touches each sheet only when the viewport has changed since. */
export function freshMediaQueries(root: ShadowRoot | null): void {
  const viewport = `${innerWidth}x${innerHeight}`;
  const stale = (root?.adoptedStyleSheets ?? []).filter((sheet) => {
    const last = evaluatedAt.get(sheet);
    evaluatedAt.set(sheet, viewport);
    return last !== undefined && last !== viewport;
  });
  if (!stale.length) return;
  touch(stale);
  requestAnimationFrame(() => {
    if (root?.host.isConnected) touch(stale);
  });
}
