// Writes the embed snippet a webmaster pastes into the host site: the script tag (with
// Subresource Integrity when the hash is known), the colours as a linked stylesheet (works under
// a strict CSP), a <style> block or a style attribute (both need the CSP to allow inline styles),
// and the element with its attributes and fallback link. Also the WCAG contrast ratio the
// configurator shows next to the colour pickers. Pure functions, no DOM.

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for HTML element content. */
export function escapeText(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Custom property values come from the configurator's own pickers, but the snippet must stay
 * one declaration each: no ; { } < or line breaks that could end the rule or the <style> block.
 */
export function safeTokenValue(value) {
  return String(value).replace(/[;{}<>\r\n]/g, '').trim();
}

function attributeText([name, value]) {
  return value === true ? name : `${name}="${escapeAttribute(value)}"`;
}

/** The custom properties as [name, value] declarations, unsafe characters removed, empty ones left out. */
function declarationsOf(tokens) {
  return tokens.map(([name, value]) => [name, safeTokenValue(value)]).filter(([, value]) => value);
}

/** The text inside the snippet's <style> element, exactly: a CSP hash ('sha256-…') is taken of it. */
export function styleBlockText(tag, tokens) {
  const declarations = declarationsOf(tokens);
  if (!declarations.length) return '';
  return ['', `  ${tag} {`, ...declarations.map(([name, value]) => `    ${name}: ${value};`), '  }', ''].join('\n');
}

/** The stylesheet to save on the site and link from the snippet; '' when there is nothing to set. */
export function themeStylesheet(tag, tokens) {
  const declarations = declarationsOf(tokens);
  if (!declarations.length) return '';
  return [`/* Colours and font of <${tag}> (eroauttaminen-widgets) */`, `${tag} {`, ...declarations.map(([name, value]) => `  ${name}: ${value};`), '}', ''].join('\n');
}

/**
 * @param {object} options
 * @param {string} options.scriptUrl      Where the host serves the bundle.
 * @param {string} [options.integrity]    sha384-… of that file, from dist/<version>/integrity.json.
 * @param {string} options.tag            The element, e.g. ero-service-finder.
 * @param {[string, string|true][]} options.attributes
 * @param {[string, string][]} [options.tokens]   --ero- custom properties for the colours.
 * @param {'stylesheet'|'block'|'attribute'} [options.styleMode]  A linked stylesheet (the default; no
 *   inline style, so it works under `style-src 'self'`), a <style> block or a style attribute.
 * @param {string} [options.stylesheetUrl]  Where the site keeps that stylesheet.
 * @param {{ href: string, text: string }} [options.fallback]  Shown until the element upgrades, or if the feed fails.
 */
export function embedSnippet({ scriptUrl, integrity, tag, attributes, tokens = [], styleMode = 'stylesheet', stylesheetUrl = '', fallback }) {
  const lines = [];
  const script = [`<script type="module" src="${escapeAttribute(scriptUrl)}"`];
  if (integrity) script.push(`        integrity="${escapeAttribute(integrity)}"`);
  script[script.length - 1] += ' crossorigin="anonymous"></script>';
  lines.push(...script);

  const declarations = declarationsOf(tokens);
  const attributeList = attributes.map(attributeText);
  if (declarations.length && styleMode === 'block') {
    lines.push(`<style>${styleBlockText(tag, tokens)}</style>`);
  } else if (declarations.length && styleMode === 'attribute') {
    attributeList.unshift(`style="${escapeAttribute(declarations.map(([name, value]) => `${name}: ${value}`).join('; '))}"`);
  } else if (declarations.length && stylesheetUrl.trim()) {
    lines.push(`<link rel="stylesheet" href="${escapeAttribute(stylesheetUrl.trim())}">`);
  }

  const open = attributeList.length ? `<${tag} ${attributeList.join(' ')}>` : `<${tag}>`;
  if (open.length > 100) {
    lines.push(`<${tag}`, ...attributeList.map((a) => `    ${a}`));
    lines[lines.length - 1] += '>';
  } else {
    lines.push(open);
  }
  if (fallback?.href && fallback?.text) {
    lines.push(`  <a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>`);
  }
  lines.push(`</${tag}>`);
  return `${lines.join('\n')}\n`;
}

/** WCAG 2.1 relative luminance of #rrggbb. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours, 1–21. */
export function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
