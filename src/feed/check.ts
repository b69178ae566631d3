/**
 * The whole-feed check that waits for an idle moment: a component validates only the
 * collections it reads before its first render, and the rest of the feed (with the notices,
 * console messages and load event that report it) is checked once the page is next idle, within
 * a second, or at once when someone waits for it (a test's `updateComplete`).
 */
import type { FeedData } from './feed-data.js';

/** How long the check may wait for an idle moment. */
export const CHECK_WITHIN = 1000;

type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (callback: () => void, options?: { timeout?: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

class Check {
  done = false;
  readonly tasks: (() => void)[] = [];
  readonly promise: Promise<void>;
  private finish!: () => void;
  private handle?: number;

  constructor() {
    this.promise = new Promise((resolve) => (this.finish = resolve));
    const scope = globalThis as IdleWindow;
    if (scope.requestIdleCallback) this.handle = scope.requestIdleCallback(() => this.run(), { timeout: CHECK_WITHIN });
    else this.handle = setTimeout(() => this.run(), 50) as unknown as number;
  }

  run(): void {
    if (this.done) return;
    this.done = true;
    const scope = globalThis as IdleWindow;
    if (scope.cancelIdleCallback) scope.cancelIdleCallback(this.handle!);
    else clearTimeout(this.handle);
    // A task may add another (a merged feed runs its sources' checks first): run until none is left.
    for (let i = 0; i < this.tasks.length; i++) this.tasks[i]();
    this.finish();
  }
}

const checks = new WeakMap<object, Check>();

/**
 * Runs `task` in the idle-time check of `target` (one per object, shared by every reader), and
 * returns a promise of the check's end. Tasks run in the order they were added.
 */
export function afterCheck(target: object, task: () => void): Promise<void> {
  let check = checks.get(target);
  if (!check) checks.set(target, (check = new Check()));
  if (check.done) task();
  else check.tasks.push(task);
  return check.promise;
}

/** Runs the pending check of `target` now, if there is one. */
export function checkNow(target: object): void {
  checks.get(target)?.run();
}

/** Whether `target`'s check has run. */
export function isChecked(target: object): boolean {
  return checks.get(target)?.done ?? false;
}

/**
 * Schedules the whole-feed check of merged data: its sources' checks first (each logs its own
 * issues), then every collection and reference. Returns a promise of its end.
 */
export function checkFeed(data: FeedData): Promise<void> {
  return afterCheck(data, () => {
    for (const source of data.sources) checkNow(source);
    void data.issues;
  });
}
