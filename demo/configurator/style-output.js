// The configurator's colour output: the stylesheet to save on the site (the default, which a
// strict Content-Security-Policy allows), or what an inline <style> block or style attribute
// needs from the site's CSP, with the block's own hash.
import { styleBlockText, themeStylesheet } from './snippet.js';

const note = document.getElementById('csp-note');
const output = document.getElementById('stylesheet-output');
const field = document.getElementById('stylesheet');
const name = document.getElementById('stylesheet-name');
let latest = 0;

/** Base64 SHA-256 of a text, as a CSP hash source wants it. */
async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

async function cspText(tag, mode, url, tokens) {
  if (!tokens.length) return 'Oletusvärit: koodiin ei tule tyylejä.';
  if (mode === 'stylesheet') {
    return url
      ? `Tallenna alla oleva tyylitiedosto osoitteeseen ${url}. Se toimii tiukankin CSP:n kanssa (style-src 'self').`
      : 'Anna tyylitiedoston osoite, niin koodi linkittää sen.';
  }
  if (mode === 'block') {
    const hash = await sha256(styleBlockText(tag, tokens));
    return `<style>-lohko toimii vain, jos sivustosi CSP sallii sen: lisää style-src-kohtaan 'sha256-${hash}' (muuttuu, kun värit muuttuvat) tai 'unsafe-inline'. Tiukan CSP:n kanssa valitse tyylitiedosto.`;
  }
  return "style-attribuutti toimii vain, jos sivustosi CSP:n style-src sallii 'unsafe-inline'. Tiukan CSP:n kanssa valitse tyylitiedosto.";
}

/** Shows the stylesheet (in stylesheet mode) and what the chosen mode needs from the site's CSP. */
export async function showStyleOutput(tag, config, tokens) {
  const run = ++latest;
  const mode = config['style-mode'];
  const url = config['stylesheet-url'].trim();
  const css = themeStylesheet(tag, tokens);
  const text = await cspText(tag, mode, url, tokens);
  // A later change may have finished first; its answer stands.
  if (run !== latest) return;
  output.hidden = mode !== 'stylesheet' || !css;
  field.value = css;
  field.rows = Math.max(3, css.split('\n').length);
  name.textContent = url || 'osoite puuttuu';
  note.textContent = text;
}
