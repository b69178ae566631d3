/**
 * Work that can wait for an idle moment (search indexes, JSON-LD for search engines), with a
 * timer where the browser has no requestIdleCallback (Safari before 18). With `timeout`, the
 * work runs by then even on a page that is never idle.
 */
export const whenIdle = (callback: (deadline?: IdleDeadline) => void, timeout?: number): number =>
  'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout }) : (setTimeout as Window['setTimeout'])(callback, 50);

export const cancelIdle = (task: number | undefined): void => {
  if (task === undefined) return;
  if ('cancelIdleCallback' in window) cancelIdleCallback(task);
  else clearTimeout(task);
};
