/**
 * WebKit (Safari before 18, WebKitGTK) has no requestIdleCallback: the work the kit leaves for an
 * idle moment (search indexes, JSON-LD) then runs on a short timer, and can still be cancelled.
 * These run in every engine by taking requestIdleCallback away where the engine has it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { cancelIdle, whenIdle } from '../../src/internal/idle.js';

type IdleApi = Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>;

async function withoutIdleCallback(run: () => Promise<void>): Promise<void> {
  const saved: Partial<IdleApi> = {};
  const win = window as Partial<IdleApi>;
  for (const name of ['requestIdleCallback', 'cancelIdleCallback'] as const) {
    if (name in window) {
      Object.assign(saved, { [name]: win[name] });
      delete win[name];
    }
  }
  try {
    expect('requestIdleCallback' in window).to.equal(false);
    await run();
  } finally {
    Object.assign(window, saved);
  }
}

describe('idle work', () => {
  it('runs where the engine has no requestIdleCallback', async () => {
    await withoutIdleCallback(async () => {
      let ran = false;
      whenIdle(() => {
        ran = true;
      });
      await waitUntil(() => ran, 'idle work never ran', { timeout: 2000 });
    });
  });

  it('can be cancelled where the engine has no requestIdleCallback', async () => {
    await withoutIdleCallback(async () => {
      let ran = false;
      cancelIdle(whenIdle(() => {
        ran = true;
      }));
      await new Promise((done) => setTimeout(done, 200));
      expect(ran).to.equal(false);
    });
  });

  it('runs in an engine with requestIdleCallback too', async () => {
    let ran = false;
    whenIdle(() => {
      ran = true;
    }, 500);
    await waitUntil(() => ran, 'idle work never ran', { timeout: 2000 });
  });
});
