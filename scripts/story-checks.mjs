// Checks of the built Storybook beyond what one story shows, run by scripts/test-stories.mjs in
// the story's own page: each component's controls (one row per attribute, a control of its kind,
// and every value a control gives reaches the element as the attribute or custom property it
// names), and each component docs page opening with the component's description.

/**
 * Works every attribute and custom-property control of the story open in `page`, as a designer
 * clicking through the controls panel would, and lists what went wrong.
 */
export function checkControls(page) {
  return page.evaluate(async () => {
    const preview = window.__STORYBOOK_PREVIEW__;
    const { story } = preview.currentRender;
    const tag = story.component;
    const element = () => document.querySelector(`#storybook-root ${tag}`);
    const problems = [];
    const set = (name, value) => preview.onUpdateArgs({ storyId: story.id, updatedArgs: { [name]: value } });
    /** Storybook re-renders a moment after the args change: wait up to 2 s for `read()` to give `expected`. */
    const settle = async (read, expected) => {
      for (let waited = 0; waited < 2000 && read() !== expected; waited += 50) await new Promise((done) => setTimeout(done, 50));
      return read();
    };
    const rows = Object.entries(story.argTypes);
    const attributes = rows.filter(([, a]) => a.table?.category === 'attributes').map(([name]) => name);
    const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const [name] of rows.filter(([, a]) => a.table?.category === 'properties')) {
      if (attributes.includes(kebab(name))) problems.push(`${name}: listed both as a property and as the attribute ${kebab(name)}`);
    }
    for (const [name, argType] of rows) {
      const category = argType.table?.category;
      const control = typeof argType.control === 'object' ? argType.control?.type : argType.control;
      if (category === 'attributes') {
        let value;
        let expected;
        if (control === 'boolean') [value, expected] = [true, ''];
        else if (control === 'number') {
          value = (Number(argType.table?.defaultValue?.summary) || 0) + 1;
          expected = String(value);
        } else if (['select', 'radio', 'inline-radio'].includes(control)) [value, expected] = [argType.options.at(-1), argType.options.at(-1)];
        else if (['check', 'inline-check'].includes(control)) [value, expected] = [argType.options.slice(0, 2), argType.options.slice(0, 2).join(' ')];
        else if (control === 'text') continue;
        else {
          problems.push(`${name}: ${control ? `a ${control} control` : 'no control'} for an attribute`);
          continue;
        }
        await set(name, value);
        const actual = await settle(() => element()?.getAttribute(name), expected);
        if (actual !== expected) problems.push(`${name}: the control gave ${JSON.stringify(value)}, the element has ${actual === null ? 'no such attribute' : `${name}="${actual}"`}`);
      } else if (category === 'css custom properties') {
        const value = control === 'color' ? '#123456' : '7px';
        await set(name, value);
        const actual = await settle(() => (element() ? getComputedStyle(element()).getPropertyValue(name).trim() : ''), value);
        if (actual !== value) problems.push(`${name}: the control gave ${value}, the element computes ${JSON.stringify(actual)}`);
      }
    }
    if (!attributes.length) problems.push('no attribute rows');
    return problems;
  });
}

/** The docs page open in `page` shows `summary` (the component's JSDoc summary) as its description. */
export async function checkDocsDescription(page, summary) {
  const start = summary.slice(0, 40);
  try {
    await page.waitFor(() => document.querySelector('#storybook-docs')?.textContent.trim().length > 0, 30000);
  } catch {
    return ['the docs page did not render within 30 s'];
  }
  const text = await page.evaluate(() => document.querySelector('#storybook-docs').textContent.replace(/\s+/g, ' '));
  return text.includes(start) ? [] : [`the docs page does not show the component's description ("${start}…")`];
}

/** The text sizes that large-text reflow is checked at: the browser's "Very large" (24 px), and 32 px. */
export const LARGE_TEXT = ['24px', '32px'];

/**
 * Runs in the page: sets the root's font size to `fontSize` and says by how many pixels the page
 * then scrolls sideways (0 when it reflows). For page.evaluate in any engine.
 */
export async function sidewaysAtFont(fontSize) {
  document.documentElement.style.fontSize = fontSize;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/**
 * WCAG 1.4.4 and 1.4.10 with the browser's text at "Very large" (24 px) and at 32 px: the story
 * reflows in a 320 px wide window, with no page scrolling sideways. Returns what sticks out
 * (the innermost boxes past the right edge, in the light DOM and the shadow roots), or nothing.
 * The window and the text size are put back afterwards.
 */
export async function checkReflow(page, { width = 1280, height = 720 } = {}) {
  await page.setViewport(320, 640);
  const problems = [];
  try {
    for (const size of LARGE_TEXT) {
      if ((await page.evaluate(sidewaysAtFont, size)) <= 1) continue;
      const wide = await page.evaluate(() => {
        const boxes = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            boxes.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        const sticksOut = (el) => el.getBoundingClientRect().right > 320.5;
        const innermost = boxes.filter((el) => sticksOut(el) && ![...el.children].some(sticksOut));
        const named = innermost.slice(0, 3).map((el) => `<${el.localName}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`);
        return { width: document.documentElement.scrollWidth, named };
      });
      problems.push(`the page is ${wide.width} px wide at 320 px with a ${size} font: ${wide.named.join(', ')}`);
    }
  } finally {
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    await page.setViewport(width, height);
  }
  return problems;
}
