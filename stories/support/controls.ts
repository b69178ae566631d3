/**
 * Storybook controls from custom-elements.json and the elements themselves: one row per
 * attribute with a control of the right kind (text, number, boolean, or a select with the
 * allowed values) and the element's real default, and a directive that hands every attribute arg
 * and custom-property arg to the element. Values of the wrong kind are logged as errors, so the
 * story sweep catches them.
 */
import type { ArgTypesEnhancer, StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import { nothing, type LitElement } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import manifest from '../../custom-elements.json';
import { PROJECT_STATUSES } from '../../src/components/project-card/status.js';
import { rules } from '../../src/feed/schema-rules.js';
import { MUNICIPALITIES, REGIONS } from '../../src/feed/vocabulary/areas.js';
import { LANGS } from '../../src/i18n/lang.js';

interface ManifestItem {
  name: string;
  description?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

type Kind = 'boolean' | 'number' | 'string';

/** An attribute as a designer meets it: its name, the kind of value and the element's default. */
export interface AttributeSpec {
  readonly name: string;
  readonly kind: Kind;
  readonly fallback: unknown;
}

/**
 * Attributes whose values come from a fixed list, by the same name in every element. `many`
 * attributes take several values separated by spaces; the others may be left unset ('').
 */
interface Choice {
  readonly options: readonly string[];
  readonly labels?: Record<string, string>;
  readonly many?: boolean;
}
const codes = (list: readonly { code: string; name: { fi: string } }[]): Choice => ({
  options: ['', ...list.map((item) => item.code)],
  labels: Object.fromEntries([['', '(not set)'], ...list.map((item) => [item.code, `${item.name.fi} (${item.code})`])]),
});
const oneOf = (options: readonly string[], unset = true): Choice =>
  unset ? { options: ['', ...options], labels: { '': '(not set)' } } : { options };
const CHOICES: Record<string, Choice> = {
  lang: { options: ['', ...LANGS], labels: { '': '(the page\'s language)', fi: 'fi – suomi', sv: 'sv – svenska', en: 'en – English' } },
  cache: oneOf(['local', 'session', 'none'], false),
  placement: oneOf(['sticky', 'fixed'], false),
  view: oneOf(['list', 'month'], false),
  layout: oneOf(['full', 'compact'], false),
  attendance: oneOf(['online', 'on-site']),
  'url-state': oneOf(['query', 'hash']),
  'heading-level': oneOf(['2', '3', '4', '5', '6'], false),
  'target-group': { options: rules.$defs.TargetGroup.enum, many: true },
  'service-type': { options: rules.$defs.ServiceType.enum, many: true },
  channel: { options: rules.$defs.Channel.enum, many: true },
  status: { options: PROJECT_STATUSES, many: true },
  region: codes(REGIONS),
  municipality: codes([...MUNICIPALITIES].sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi'))),
};

const declarations = (source: Manifest) => source.modules.flatMap((m) => m.declarations ?? []);

/** The manifest as the docs show it: public members only, no property row that repeats an attribute, the summary as the description. */
export function designerManifest(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        description: d.description || d.summary,
        members: d.members?.filter((m) => (!('privacy' in m) || m.privacy === 'public') && !m.attribute),
      })),
    })),
  };
}

const source = manifest as unknown as Manifest;

/** Every attribute of `tag` in the manifest, with its kind and default read from the element class. */
export function attributeSpecs(tag: string): AttributeSpec[] {
  const declaration = declarations(source).find((d) => d.tagName === tag);
  const element = customElements.get(tag) as (typeof LitElement & (new () => LitElement)) | undefined;
  if (!declaration || !element) return [];
  const instance = new element() as unknown as Record<string, unknown>;
  return (declaration.attributes ?? []).map(({ name, fieldName }) => {
    const type = fieldName ? element.elementProperties.get(fieldName)?.type : undefined;
    const kind: Kind = type === Boolean ? 'boolean' : type === Number ? 'number' : 'string';
    return { name, kind, fallback: fieldName ? instance[fieldName] : undefined };
  });
}

const specsByTag = new Map<string, AttributeSpec[]>();
function specsOf(tag: string): AttributeSpec[] {
  let specs = specsByTag.get(tag);
  if (!specs) specsByTag.set(tag, (specs = attributeSpecs(tag)));
  return specs;
}

/** The custom properties the element documents (`--ero-…`). */
const customPropertiesOf = (tag: string): string[] =>
  (declarations(source).find((d) => d.tagName === tag)?.cssProperties ?? []).map((p) => p.name);

/** "(default #b3261e)" at the end of a custom property's description. */
const stated = (description = ''): string | undefined => /\(default ([^)]+)\)\.?$/.exec(description)?.[1];
const isColour = (name: string, description = '') => /colou?r|background|border|accent/i.test(`${name} ${description}`);

function attributeArgType(spec: AttributeSpec, existing: StrictInputType | undefined): StrictInputType {
  const choice = CHOICES[spec.name];
  const shown = spec.fallback === undefined || spec.fallback === '' ? undefined : JSON.stringify(spec.fallback);
  const table = { ...existing?.table, category: 'attributes', defaultValue: { summary: shown }, type: { summary: spec.kind } };
  const name = spec.name;
  if (existing?.control !== undefined) return { ...existing, name, table };
  if (choice) {
    return {
      ...existing,
      name,
      type: { name: 'enum', value: [...choice.options] },
      options: [...choice.options],
      control: choice.many
        ? { type: 'inline-check' }
        : { type: choice.options.length > 6 ? 'select' : 'inline-radio', labels: choice.labels },
      table: { ...table, type: { summary: choice.many ? `${choice.options.join(' | ')} (space-separated)` : choice.options.filter(Boolean).map((o) => `"${o}"`).join(' | ') } },
    };
  }
  return { ...existing, name, type: { name: spec.kind }, control: { type: spec.kind === 'string' ? 'text' : spec.kind }, table };
}

/**
 * Controls for the story's element (`component`): attributes as above, the custom properties as
 * colour or text pickers that the preview's decorator applies, and no JSON editor for `feed`.
 */
export const attributeControls: ArgTypesEnhancer = (context) => {
  const tag = typeof context.component === 'string' ? context.component : undefined;
  const argTypes: StrictArgTypes = { ...context.argTypes };
  if (!tag) return argTypes;
  for (const spec of specsOf(tag)) argTypes[spec.name] = attributeArgType(spec, argTypes[spec.name]);
  const declaration = declarations(source).find((d) => d.tagName === tag);
  for (const { name, description } of declaration?.cssProperties ?? []) {
    const existing = argTypes[name];
    argTypes[name] = {
      ...existing,
      name,
      type: { name: 'string' },
      control: existing?.control ?? { type: isColour(name, description) ? 'color' : 'text' },
      table: { ...existing?.table, category: 'css custom properties', defaultValue: { summary: stated(description) }, type: { summary: 'CSS value' } },
    };
  }
  if (argTypes.feed) argTypes.feed = { ...argTypes.feed, control: false };
  return argTypes;
};

/** The attribute's text for a value of the right kind; null removes it; an Error says what was wrong. */
export function attributeText(spec: AttributeSpec, value: unknown): string | null | Error {
  if (value === undefined || value === null || value === '') return null;
  const wrong = () => new Error(`${spec.name} wants a ${spec.kind}${CHOICES[spec.name] ? ` (${CHOICES[spec.name].options.filter(Boolean).join(', ')})` : ''}, the story gave ${JSON.stringify(value)}`);
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? (value ? '' : null) : wrong();
    case 'number':
      return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : null) : wrong();
    default: {
      const many = CHOICES[spec.name]?.many;
      if (Array.isArray(value) && many && value.every((v) => typeof v === 'string')) return value.length ? value.join(' ') : null;
      if (typeof value !== 'string') return wrong();
      const options = CHOICES[spec.name]?.options;
      const words = many ? value.split(/\s+/).filter(Boolean) : [value];
      return options && !words.every((w) => options.includes(w)) ? wrong() : value;
    }
  }
}

class ApplyArgsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgs() belongs on an element: <ero-… ${applyArgs(args)}>');
  }

  render(_args: object): typeof nothing {
    return nothing;
  }

  update(part: ElementPart, [args]: [object]): typeof nothing {
    const element = part.element as HTMLElement;
    const values = args as Record<string, unknown>;
    const problem = (message: string) => console.error(`[stories] <${element.localName}> ${message}`);
    for (const spec of specsOf(element.localName)) {
      const text = attributeText(spec, values[spec.name]);
      if (text instanceof Error) problem(text.message);
      if (text === null || text instanceof Error) element.removeAttribute(spec.name);
      else if (element.getAttribute(spec.name) !== text) element.setAttribute(spec.name, text);
    }
    // On the element itself: a component that sets its own properties on :host would ignore a wrapper's.
    for (const name of customPropertiesOf(element.localName)) {
      const value = values[name];
      if (value !== undefined && typeof value !== 'string') problem(`${name} wants a CSS value, the story gave ${JSON.stringify(value)}`);
      if (typeof value === 'string' && value.trim()) element.style.setProperty(name, value);
      else element.style.removeProperty(name);
    }
    return nothing;
  }
}

/**
 * Passes every attribute arg and custom-property arg to the element it sits on:
 * `<ero-contact-list ${applyArgs(args)}>`.
 */
export const applyArgs = directive(ApplyArgsDirective);
