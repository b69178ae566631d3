/**
 * sendKeys and setViewport for every engine the suite runs in. Chromium and Firefox go through
 * @web/test-runner-commands; WebKitWebDriver gets what that package leaves out (a viewport size,
 * and keys held down across calls) from test/server/engine-commands.mjs.
 */
import {
  executeServerCommand,
  sendKeys as runnerSendKeys,
  setViewport as runnerSetViewport,
  type SendKeysPayload,
} from '@web/test-runner-commands';

const agent = navigator.userAgent;
/** The engine this test page runs in. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(agent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(agent)
    ? 'chromium'
    : 'webkit';

/**
 * Tab past the last control of the page takes focus out of the document, into the browser's own
 * toolbar in Firefox, and script cannot bring it back for later key presses (nor for the next
 * test files, which run in the same window). A first and a last button on the page keep Tab and
 * Shift+Tab inside it in every engine; they are moved back to the edges before each key, since
 * fixtures are appended after them.
 */
function keepFocusInPage(): void {
  for (const where of ['start', 'end'] as const) {
    let edge = document.querySelector<HTMLButtonElement>(`[data-test-edge="${where}"]`);
    if (!edge) {
      edge = document.createElement('button');
      edge.type = 'button';
      edge.textContent = `${where} of the test page`;
      edge.dataset.testEdge = where;
    }
    if (where === 'start' && document.body.firstElementChild !== edge) document.body.prepend(edge);
    if (where === 'end' && document.body.lastElementChild !== edge) document.body.append(edge);
  }
}

export async function sendKeys(payload: SendKeysPayload): Promise<void> {
  keepFocusInPage();
  // Firefox may leave its window unfocused between pages: keys then go nowhere.
  if (engine === 'firefox') {
    await executeServerCommand('focus-page');
    // Say so, rather than let keys go nowhere and a later assertion fail for no visible reason.
    if (!document.hasFocus()) throw new Error('the test page has lost focus to the browser window (did a Tab leave the page?)');
  }
  if (engine === 'webkit') await executeServerCommand('webdriver-keys', payload);
  else if (engine === 'firefox' && 'press' in payload && payload.press === 'Space') {
    // Puppeteer's Firefox keyboard knows the space bar only by its character.
    await runnerSendKeys({ press: ' ' });
  }
  else await runnerSendKeys(payload);
  // Firefox (WebDriver BiDi) may answer before the page has handled the keys: let the page run
  // the key's default action (a click, a toggle) before the test reads the outcome.
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
}

/**
 * Sizes the viewport, in every engine down to a phone's 320 px (WebKitGTK's MiniBrowser gets
 * there with a GTK style sheet that shrinks its toolbar: see scripts/webkit-driver.mjs).
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('webdriver-viewport', size);
  else await runnerSetViewport(size);
  if (innerWidth !== size.width) throw new Error(`the viewport is ${innerWidth} px wide, not ${size.width} px`);
}
