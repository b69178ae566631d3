// What the embed configurator offers for each component, and how a configuration turns into the
// element's attributes. Pure data and functions (no DOM), shared by the page and its tests.

/**
 * The components, in the order the configurator lists them. `controls` are the form controls
 * that apply (ids of the configurator's fields); `defaults` are the component's own defaults,
 * which the snippet leaves out; `bundle` is the one-component entry under dist/<version>/;
 * `fallback` is the plain link shown without JavaScript, its text in fi, sv and en.
 */
export const COMPONENTS = [
  {
    tag: 'ero-service-finder',
    label: 'Palveluhaku',
    description: 'Eropalvelut kunnan tai maakunnan mukaan, etäpalvelut koko Suomeen.',
    bundle: 'components/service-finder.js',
    controls: ['municipality', 'region', 'target-group', 'service-type', 'channel', 'report-url', 'page-size', 'heading-level', 'cache'],
    defaults: { 'page-size': '20', 'heading-level': '3', cache: 'local' },
    fallback: { href: '/eropalvelut', text: { fi: 'Eropalvelut', sv: 'Tjänster vid skilsmässa', en: 'Separation support services' } },
  },
  {
    tag: 'ero-event-calendar',
    label: 'Tapahtumakalenteri',
    description: 'Vertaisryhmät ja infotilaisuudet listana tai kuukausinäkymänä.',
    bundle: 'components/event-calendar.js',
    controls: ['municipality', 'region', 'target-group', 'organization', 'attendance', 'view', 'page-size', 'hide-filters', 'heading-level', 'cache'],
    attributeOf: { organization: 'organizer' },
    defaults: { view: 'list', 'page-size': '20', 'heading-level': '3', cache: 'local' },
    fallback: { href: '/tapahtumat', text: { fi: 'Ryhmät ja tapahtumat', sv: 'Grupper och evenemang', en: 'Groups and events' } },
  },
  {
    tag: 'ero-project-list',
    label: 'Hankelista',
    description: 'Organisaation tai alueen kehittämishankkeet korttiruudukkona.',
    bundle: 'components/projects.js',
    controls: ['organization', 'region', 'target-group', 'status', 'layout', 'page-size', 'heading-level', 'cache'],
    defaults: { layout: 'compact', 'page-size': '0', 'heading-level': '3', cache: 'local' },
    fallback: { href: '/hankkeet', text: { fi: 'Hankkeet', sv: 'Projekt', en: 'Projects' } },
  },
  {
    tag: 'ero-project-card',
    label: 'Yksittäinen hanke',
    description: 'Yhden hankkeen kaikki tiedot, esimerkiksi hankkeen omalle sivulle.',
    bundle: 'components/projects.js',
    controls: ['project', 'layout', 'heading-level', 'cache'],
    defaults: { layout: 'full', 'heading-level': '2', cache: 'local' },
    fallback: { href: '/hanke', text: { fi: 'Hankkeen sivu', sv: 'Projektets sida', en: 'Project page' } },
  },
  {
    tag: 'ero-contact-list',
    label: 'Yhteystiedot',
    description: 'Ihmiset puhelin- ja sähköpostilinkkeineen sekä vCard-tallennus.',
    bundle: 'components/contact-list.js',
    controls: ['organization', 'projects', 'region', 'heading-level', 'cache'],
    attributeOf: { projects: 'project' },
    defaults: { 'heading-level': '3', cache: 'local' },
    fallback: { href: '/yhteystiedot', text: { fi: 'Yhteystiedot', sv: 'Kontaktuppgifter', en: 'Contact details' } },
  },
  {
    tag: 'ero-quick-exit',
    label: 'Pikapoistuminen',
    description: 'Väkivaltaa käsitteleville sivuille: poistuu heti neutraalille sivulle.',
    bundle: 'components/quick-exit.js',
    controls: ['exit-url', 'advice-url', 'hide-advice', 'placement'],
    defaults: { placement: 'sticky' },
    feedless: true,
    fallback: { href: 'https://www.ilmatieteenlaitos.fi/', text: { fi: 'Poistu sivulta', sv: 'Lämna sidan', en: 'Leave this page' } },
  },
];

export function component(tag) {
  const found = COMPONENTS.find((c) => c.tag === tag);
  if (!found) throw new Error(`unknown component ${tag}`);
  return found;
}

/**
 * The fallback link a configuration gets unless the webmaster writes their own: the quick exit's
 * goes where the button would, and the text is in the chosen language (Finnish for "the page's").
 */
export function fallbackFor(tag, config) {
  const spec = component(tag);
  const exitUrl = (config['exit-url'] ?? '').trim();
  const href = tag === 'ero-quick-exit' && exitUrl ? exitUrl : spec.fallback.href;
  return { href, text: spec.fallback.text[config.lang] ?? spec.fallback.text.fi };
}

/** The order of attributes in the snippet: what a reader looks for first. */
const ORDER = [
  'src', 'project', 'municipality', 'region', 'organization', 'organizer', 'target-group', 'service-type', 'channel',
  'status', 'attendance', 'view', 'layout', 'page-size', 'hide-filters', 'report-url', 'exit-url', 'advice-url',
  'hide-advice', 'placement', 'heading-level', 'cache', 'lang',
];

/**
 * The attributes of the element for a configuration: [name, value] pairs, value `true` for a
 * boolean attribute. `config` maps control ids to strings, string arrays (checkbox groups) or
 * booleans. Empty values and the component's own defaults are left out.
 */
export function attributesFor(tag, config) {
  const spec = component(tag);
  const attributes = new Map();
  if (!spec.feedless && config.src) attributes.set('src', config.src);
  for (const control of spec.controls) {
    const name = spec.attributeOf?.[control] ?? control;
    const value = config[control];
    if (value === true) attributes.set(name, true);
    else if (Array.isArray(value) && value.length > 0) attributes.set(name, value.join(' '));
    else if (typeof value === 'string' && value.trim() !== '' && spec.defaults?.[control] !== value.trim()) attributes.set(name, value.trim());
  }
  if (config.lang) attributes.set('lang', config.lang);
  return [...attributes].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

/** Every attribute name the configurator can write for a component (for the drift test). */
export function possibleAttributes(tag) {
  const spec = component(tag);
  return [...(spec.feedless ? [] : ['src']), ...spec.controls.map((c) => spec.attributeOf?.[c] ?? c)];
}

/**
 * The look: each setting is a form control that writes one custom property. The quick exit's
 * button keeps its own colour property (red by default) instead of the brand colour.
 */
export const STYLE_SETTINGS = [
  { id: 'color-primary', token: '--ero-color-primary', fallback: '#00567a', for: (tag) => tag !== 'ero-quick-exit' },
  { id: 'exit-background', token: '--ero-quick-exit-background', fallback: '#b3261e', for: (tag) => tag === 'ero-quick-exit' },
  { id: 'color-link', token: '--ero-color-link', fallback: '#00567a', for: () => true },
  { id: 'font', token: '--ero-font-family', fallback: '', for: () => true },
  { id: 'radius', token: '--ero-radius', fallback: '', for: () => true },
];

/** [custom property, value] for the settings that apply to a component and differ from the defaults. */
export function tokensFor(tag, style) {
  const tokens = [];
  for (const setting of STYLE_SETTINGS) {
    const value = (style[setting.id] ?? '').trim();
    if (setting.for(tag) && value && value.toLowerCase() !== setting.fallback) tokens.push([setting.token, value]);
  }
  return tokens;
}
