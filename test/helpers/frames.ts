import { idle } from './mount.js';
/** Loads a page of test/fixtures/pages/ in an iframe and waits until every kit element has rendered its feed. */
export async function loadPage(path: string, width = 600, height = 1400): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  document.body.append(frame);
  await new Promise((done) => {
    frame.addEventListener('load', done, { once: true });
    frame.src = path;
  });
  await waitUntil(() => kitElements(frame).length > 0 && kitElements(frame).every(isSettled));
  // The components write their JSON-LD when the page is next idle; let that happen too.
  await idle(frame.contentWindow!);
  return frame;
}

export function kitElements(frame: HTMLIFrameElement): HTMLElement[] {
  return [...frame.contentDocument!.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('ero-'));
}

function isSettled(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  return Boolean(root && root.children.length > 0 && !root.querySelector('.state.loading'));
}

export async function waitUntil(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
  // Let fonts and layout settle before anyone measures or screenshots.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}
