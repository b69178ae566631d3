/**
 * The whole-feed check that waits for an idle moment: a component validates only the
 * collections it reads before its first render, and the rest of the feed (with the notices,
 * console messages and load event that report it) is checked once the page is next idle, within
 * a second, or at once when someone waits for it (a test's `updateComplete`).
 */
import type { FeedData } from './feed-data.js';
import { validateSome } from './parse.js';

/** How long the check may wait for an idle moment. */
export const CHECK_WITHIN = 1000;

interface Deadline {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (callback: (deadline: Deadline) => void, options?: { timeout?: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** A piece of the check that can stop when time runs out: true once it is finished. */
export type CheckStep = (hasTime: () => boolean) => boolean;

class Check {
  done = false;
  readonly steps: CheckStep[] = [];
  readonly tasks: (() => void)[] = [];
  readonly promise: Promise<void>;
  private finish!: () => void;
  private handle?: number;
  private readonly by = Date.now() + CHECK_WITHIN;

  constructor() {
    this.promise = new Promise((resolve) => (this.finish = resolve));
    this.schedule();
  }

  /** Runs the steps in idle slices, and everything at once when the second is up. */
  private schedule(): void {
    const scope = globalThis as IdleWindow;
    const timeout = Math.max(0, this.by - Date.now());
    if (scope.requestIdleCallback) this.handle = scope.requestIdleCallback((deadline) => this.slice(deadline), { timeout });
    else this.handle = setTimeout(() => this.run(), 50) as unknown as number;
  }

  private slice(deadline: Deadline): void {
    if (this.done) return;
    if (deadline.didTimeout) return this.run();
    const hasTime = () => deadline.timeRemaining() > 1;
    while (this.steps.length && hasTime()) if (this.steps[0](hasTime)) this.steps.shift();
    if (this.steps.length) this.schedule();
    else this.run();
  }

  run(): void {
    if (this.done) return;
    this.done = true;
    const scope = globalThis as IdleWindow;
    if (scope.cancelIdleCallback) scope.cancelIdleCallback(this.handle!);
    else clearTimeout(this.handle);
    for (const step of this.steps) step(() => true);
    // A task may add another (a merged feed runs its sources' checks first): run until none is left.
    for (let i = 0; i < this.tasks.length; i++) this.tasks[i]();
    this.finish();
  }
}

const checks = new WeakMap<object, Check>();

/**
 * Runs `task` at the end of the idle-time check of `target` (one per object, shared by every
 * reader), after `step` has done its work in idle slices, and returns a promise of the check's
 * end. Tasks run in the order they were added.
 */
export function afterCheck(target: object, task: () => void, step?: CheckStep): Promise<void> {
  let check = checks.get(target);
  if (!check) checks.set(target, (check = new Check()));
  if (check.done) task();
  else {
    if (step) check.steps.push(step);
    check.tasks.push(task);
  }
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
  return afterCheck(
    data,
    () => {
      for (const source of data.sources) checkNow(source);
      void data.issues;
    },
    (hasTime) => data.sources.every((source) => validateSome(source, hasTime)),
  );
}
