// The embed configurator page: reads the form, shows a live preview on the sample feed and
// writes the snippet for the host site (and, for colours, the stylesheet it links). The page
// itself runs under the demo's strict CSP, so the preview's colours go through the CSSOM
// (element.style.setProperty), never a style attribute.
import { VERSION } from '../../dist/eroauttaminen.js';
import { COMPONENTS, STYLE_SETTINGS, attributesFor, component, fallbackFor, tokensFor } from './options.js';
import { contrastRatio, embedSnippet } from './snippet.js';
import { showStyleOutput } from './style-output.js';
import { CHANNELS, MUNICIPALITIES, REGIONS, SERVICE_TYPES, TARGET_GROUPS } from './vocabulary.js';

const SAMPLE_FEED = 'feeds/sample.json';
const CHECK_GROUPS = ['organization', 'projects', 'target-group', 'service-type', 'channel', 'status'];
const BOOLEANS = ['hide-filters', 'hide-advice'];

const form = document.getElementById('settings');
const snippetField = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const previewFrame = document.getElementById('preview-frame');
const previewStatus = document.getElementById('preview-status');
const integrityNote = document.getElementById('integrity-note');
const stylesheetField = document.getElementById('stylesheet');
const FALLBACK_FIELDS = ['fallback-href', 'fallback-text'];

let integrity = {};
let preview = null;

function option(select, value, label) {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  select.append(el);
}

function checkbox(container, name, value, label) {
  const wrapper = document.createElement('div');
  wrapper.className = 'check';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = `${name}-${value}`;
  input.name = name;
  input.value = value;
  const text = document.createElement('label');
  text.htmlFor = input.id;
  text.textContent = label;
  wrapper.append(input, text);
  container.append(wrapper);
}

function radio(container, name, value, label, description) {
  const wrapper = document.createElement('div');
  wrapper.className = 'check';
  const input = document.createElement('input');
  input.type = 'radio';
  input.id = `${name}-${value}`;
  input.name = name;
  input.value = value;
  const text = document.createElement('label');
  text.htmlFor = input.id;
  text.textContent = label;
  const code = document.createElement('code');
  code.textContent = ` <${value}>`;
  text.append(code);
  wrapper.append(input, text);
  if (description) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${input.id}-hint`;
    hint.textContent = description;
    input.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  container.append(wrapper);
}

function fillStaticLists() {
  const choices = document.getElementById('component-choices');
  for (const spec of COMPONENTS) radio(choices, 'component', spec.tag, spec.label, spec.description);
  form.elements.namedItem('component')[0].checked = true;
  for (const [code, name] of MUNICIPALITIES) option(form.elements.namedItem('municipality'), code, name);
  for (const [code, name] of REGIONS) option(form.elements.namedItem('region'), code, name);
  for (const [code, label] of TARGET_GROUPS) checkbox(document.getElementById('target-group-choices'), 'target-group', code, label);
  for (const [code, label] of SERVICE_TYPES) checkbox(document.getElementById('service-type-choices'), 'service-type', code, label);
  for (const [code, label] of CHANNELS) checkbox(document.getElementById('channel-choices'), 'channel', code, label);
  for (const el of document.querySelectorAll('.version')) el.textContent = VERSION;
  form.elements.namedItem('base').value = `/eroauttaminen/${VERSION}/`;
}

/** Organisations and projects come from the sample feed: the ids a visitor can try in the preview. */
function fillFeedLists(feed) {
  const name = (item) => item.name?.fi ?? item.name?.en ?? item.name?.sv ?? item.name ?? item.id;
  const organizations = new Map(feed.organizations.map((o) => [o.id, name(o)]));
  const withItems = new Set([
    ...feed.projects.flatMap((p) => [p.organization, ...(p.partners ?? []).map((partner) => partner.organization)]),
    ...feed.contacts.map((c) => c.organization),
    ...feed.events.map((e) => e.organizer),
  ]);
  const orgList = document.getElementById('organization-choices');
  for (const [id, label] of organizations) if (withItems.has(id)) checkbox(orgList, 'organization', id, `${label} (${id})`);
  const withContacts = new Set(feed.contacts.flatMap((c) => c.projects ?? []));
  const projectList = document.getElementById('projects-choices');
  const projectSelect = form.elements.namedItem('project');
  for (const project of feed.projects) {
    option(projectSelect, project.id, name(project));
    if (withContacts.has(project.id)) checkbox(projectList, 'projects', project.id, name(project));
  }
}

function selectedTag() {
  return form.elements.namedItem('component').value;
}

/** Shows the controls that apply to the chosen component and hides the rest (hidden ones are out of the tab order). */
function showControls(tag) {
  const spec = component(tag);
  for (const field of form.querySelectorAll('[data-control]')) {
    const control = field.dataset.control;
    field.hidden = control === 'src' ? Boolean(spec.feedless) : !spec.controls.includes(control);
  }
  for (const field of form.querySelectorAll('[data-style]')) {
    const setting = STYLE_SETTINGS.find((s) => s.id === field.dataset.style);
    field.hidden = !setting.for(tag);
  }
}

/** Controls whose default differs between components start from the chosen component's default. */
function applyDefaults(tag) {
  const spec = component(tag);
  for (const [control, value] of Object.entries(spec.defaults ?? {})) {
    if (control === 'cache') continue;
    const field = form.elements.namedItem(control);
    if (field instanceof RadioNodeList) {
      for (const input of field) input.checked = input.value === value;
    } else if (field) {
      field.value = value;
    }
  }
  if (tag === 'ero-project-card' && !form.elements.namedItem('project').value) form.elements.namedItem('project').selectedIndex = 0;
  // A new component starts from its own fallback link again.
  for (const name of FALLBACK_FIELDS) delete form.elements.namedItem(name).dataset.edited;
}

/** The fallback link follows the component, the language and the exit URL until the webmaster writes their own. */
function followFallback(tag, config) {
  const automatic = fallbackFor(tag, config);
  for (const [name, value] of [['fallback-href', automatic.href], ['fallback-text', automatic.text]]) {
    const field = form.elements.namedItem(name);
    if (!field.dataset.edited) field.value = value;
    config[name] = field.value;
  }
}

function readConfig() {
  const data = new FormData(form);
  const config = {};
  for (const [key] of data) {
    if (CHECK_GROUPS.includes(key)) config[key] = data.getAll(key);
    else if (BOOLEANS.includes(key)) config[key] = true;
    else config[key] = String(data.get(key));
  }
  const others = (config['organization-other'] ?? '').split(/\s+/).filter(Boolean);
  config.organization = [...new Set([...(config.organization ?? []), ...others])];
  return config;
}

function scriptUrl(tag, config) {
  const base = config.base.trim() || `/eroauttaminen/${VERSION}/`;
  const file = config.bundle === 'one' ? component(tag).bundle : 'eroauttaminen.js';
  return { url: `${base.endsWith('/') ? base : `${base}/`}${file}`, file };
}

function updateContrast(id, background) {
  const input = form.elements.namedItem(id);
  const note = document.getElementById(`${id}-contrast`);
  const ratio = contrastRatio(input.value, background);
  const shown = ratio.toFixed(1).replace('.', ',');
  note.textContent =
    ratio >= 4.5
      ? `Kontrasti valkoiseen ${shown}:1 – riittää (vähintään 4,5:1).`
      : `Kontrasti valkoiseen vain ${shown}:1. Teksti ei erotu riittävästi: WCAG AA vaatii 4,5:1. Valitse tummempi väri.`;
  note.classList.toggle('warning', ratio < 4.5);
}

function updatePreview(tag, attributes, tokens) {
  // A new element gets its attributes before it is connected: connecting one without src is an error.
  const fresh = !preview || preview.localName !== tag;
  const element = fresh ? document.createElement(tag) : preview;
  const wanted = new Map(attributes);
  for (const { name } of [...element.attributes]) if (name !== 'style' && !wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of wanted) element.setAttribute(name, value === true ? '' : value);
  for (const setting of STYLE_SETTINGS) element.style.removeProperty(setting.token);
  for (const [name, value] of tokens) element.style.setProperty(name, value);
  if (fresh) {
    preview?.remove();
    previewFrame.append(element);
    preview = element;
    previewStatus.textContent = '';
  }
}

function update() {
  const tag = selectedTag();
  const config = readConfig();
  const tokens = tokensFor(tag, config);
  followFallback(tag, config);
  updatePreview(tag, attributesFor(tag, { ...config, src: SAMPLE_FEED }), tokens);
  const { url, file } = scriptUrl(tag, config);
  const hash = integrity[file];
  snippetField.value = embedSnippet({
    scriptUrl: url,
    integrity: hash,
    tag,
    attributes: attributesFor(tag, config),
    tokens,
    styleMode: config['style-mode'],
    stylesheetUrl: config['stylesheet-url'],
    fallback: { href: config['fallback-href'], text: config['fallback-text'] },
  });
  void showStyleOutput(tag, config, tokens);
  snippetField.rows = Math.min(24, snippetField.value.split('\n').length);
  integrityNote.textContent = hash
    ? `Skriptin eheystarkiste (integrity) on versiosta ${VERSION}: selain ei aja muutettua tiedostoa.`
    : `Eheystarkiste puuttuu, koska pakettia ei ole rakennettu: aja npm run build, niin se tulee koodiin.`;
  copyStatus.textContent = '';
  document.getElementById('copy-css-status').textContent = '';
}

async function copyField(field, status, done) {
  status.textContent = '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(field.value);
    status.textContent = done;
  } catch {
    field.focus();
    field.select();
    status.textContent = 'Kopiointi ei onnistunut automaattisesti. Teksti on valittuna: kopioi se näppäinyhdistelmällä Ctrl+C (Macissa Cmd+C).';
  }
}

fillStaticLists();
showControls(selectedTag());
applyDefaults(selectedTag());
for (const setting of ['color-primary', 'exit-background', 'color-link']) updateContrast(setting, '#ffffff');

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  if (event.target.name === 'component') {
    showControls(selectedTag());
    applyDefaults(selectedTag());
  }
  if (event.target.type === 'color') updateContrast(event.target.name, '#ffffff');
  update();
});
form.addEventListener('input', (event) => {
  if (FALLBACK_FIELDS.includes(event.target.name)) event.target.dataset.edited = 'true';
  if (event.target.type === 'text' || event.target.type === 'number' || event.target.type === 'color') update();
});
copyButton.addEventListener('click', () => copyField(snippetField, copyStatus, 'Koodi kopioitu leikepöydälle. Liitä se sivusi HTML-lohkoon.'));
document.getElementById('copy-css').addEventListener('click', () =>
  copyField(stylesheetField, document.getElementById('copy-css-status'), 'Tyylit kopioitu leikepöydälle. Tallenna ne tyylitiedostoon.'),
);
previewFrame.addEventListener('ero-quick-exit', (event) => {
  event.preventDefault();
  previewStatus.textContent = `Esikatselussa painike ei poistu sivulta. Sivustollasi se veisi osoitteeseen ${event.detail.url}.`;
});

const [feed, hashes] = await Promise.all([
  fetch(SAMPLE_FEED).then((response) => response.json()),
  fetch(`../dist/${VERSION}/integrity.json`).then((response) => (response.ok ? response.json() : {})).catch(() => ({})),
]);
integrity = hashes;
fillFeedLists(feed);
applyDefaults(selectedTag());
update();
