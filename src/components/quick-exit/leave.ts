/**
 * The navigation itself, kept apart so tests can watch it without leaving the test page.
 * `replace` (not assign) keeps the page out of the Back history; `top` leaves any frame.
 */
export const leave = {
  replace(url: string): void {
    try {
      (window.top ?? window).location.replace(url);
    } catch {
      // A cross-origin frame may not steer the top window; leave at least this one.
      window.location.replace(url);
    }
  },
};
