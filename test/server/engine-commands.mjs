// Test commands that @web/test-runner-commands leaves out for WebKitWebDriver (called through
// test/helpers/commands.ts): a viewport size, and keys pressed, held and released as W3C actions;
// and for Puppeteer's Firefox, focusing the test page's window before keys are sent.
import { webdriverViewport } from '../../scripts/webkit-driver.mjs';

/** W3C WebDriver key values of the keys the tests press. */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: '\uE00D', ' ': '\uE00D', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010',
  Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
};

/** "Shift+Tab" → the key values, held in order. */
const chord = (press) => press.split('+').map((key) => KEYS[key] ?? key);

function actionsFor(payload) {
  if ('type' in payload) return [...payload.type].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
  if ('down' in payload) return chord(payload.down).map((value) => ({ type: 'keyDown', value }));
  if ('up' in payload) return chord(payload.up).map((value) => ({ type: 'keyUp', value }));
  const keys = chord(payload.press);
  return [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
}

export function webdriverCommandsPlugin() {
  return {
    name: 'webdriver-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'focus-page' && session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).bringToFront();
        return true;
      }
      if (session.browser.type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      if (command === 'webdriver-keys') {
        await driver.performActions([{ type: 'key', id: 'keyboard', actions: actionsFor(payload) }]);
        return true;
      }
      if (command === 'webdriver-viewport') {
        await webdriverViewport(driver, payload);
        return true;
      }
      return undefined;
    },
  };
}
