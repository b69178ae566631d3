/**
 * The finder's search form: a native <form role="search"> with labelled fields, so that the
 * browser gives keyboard use and assistive technologies the semantics. Filters that the page
 * pins by attribute are not offered as controls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { municipalityName, regionName } from '../../feed/area.js';
import { municipalitiesInRegion, municipalityByCode, REGIONS } from '../../feed/vocabulary/areas.js';
import { intlLocale, type Lang } from '../../i18n/lang.js';
import type { CommonWithVocabulary, VocabularyMessages } from '../../i18n/messages/vocabulary.js';
import type { ServiceFinderMessages } from '../../i18n/messages/service-finder.js';
import { CHANNELS, SERVICE_TYPES, TARGET_GROUPS, type ActiveFilter, type FinderFilters } from './filter.js';
import { languageName } from './view-parts.js';

export interface FilterFormContext {
  readonly lang: Lang;
  readonly common: CommonWithVocabulary;
  readonly messages: ServiceFinderMessages;
  /** What the person has chosen. */
  readonly chosen: FinderFilters;
  /** What the page has pinned by attributes. */
  readonly pinned: FinderFilters;
  /** Language codes that services in the feed are given in (needed only once the menus are filled). */
  readonly languages: readonly string[];
  readonly onInput: (event: Event) => void;
  readonly onChange: (event: Event) => void;
  readonly onSubmit: (event: Event) => void;
  /** Whether the person has chosen anything that "Clear all filters" would remove. */
  readonly canClear: boolean;
  readonly onClear: () => void;
  /** Whether the menus hold all their options; before that, only the first and the chosen one (src/controllers/menu-fill.ts). */
  readonly allOptions: boolean;
  /** A visitor reaches the form: the menus are to be filled now. */
  readonly onReach: () => void;
}

type Option = readonly [value: string, label: string];

/** What a filter value is called in the interface, e.g. { key: 'municipality', value: '491' } → "Mikkeli". */
export function filterLabel({ key, value }: ActiveFilter, ctx: Pick<FilterFormContext, 'lang' | 'common' | 'messages'>): string {
  const { lang, common, messages } = ctx;
  switch (key) {
    case 'query':
      return messages.queryFilter(value);
    case 'municipality':
      return municipalityName(value, lang);
    case 'region':
      return regionName(value, lang);
    case 'targetGroups':
      return common.targetGroupsShort[value as keyof CommonWithVocabulary['targetGroupsShort']];
    case 'types':
      return common.serviceTypes[value as keyof VocabularyMessages['serviceTypes']];
    case 'channels':
      return common.channels[value as keyof VocabularyMessages['channels']];
    case 'languages':
      return languageName(value, lang);
    case 'openNow':
      return messages.openNow;
    default:
      return messages.free;
  }
}

const collators = new Map<Lang, Intl.Collator>();
function byLabel(options: Option[], lang: Lang): Option[] {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(intlLocale(lang));
    collators.set(lang, collator);
  }
  return options.sort((a, b) => collator!.compare(a[1], b[1]));
}

const municipalityOptions = new Map<string, Option[]>();
/** The municipalities of a region sorted by their name in `lang`; computed once, as the form re-renders on each keystroke. */
function municipalitiesOf(region: string, lang: Lang): Option[] {
  const key = `${lang}|${region}`;
  let options = municipalityOptions.get(key);
  if (!options) {
    options = byLabel(
      municipalitiesInRegion(region).map((m) => [m.code, municipalityName(m.code, lang)] as const),
      lang,
    );
    municipalityOptions.set(key, options);
  }
  return options;
}

function searchField(ctx: FilterFormContext): TemplateResult {
  const { messages } = ctx;
  return html`
    <div class="search">
      <label for="query">${messages.searchLabel}</label>
      <div class="search-row">
        <input
          id="query"
          name="query"
          type="search"
          part="input"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="query-hint"
          .value=${live(ctx.chosen.query ?? '')}
        />
        <button type="submit" part="button search-button" class="primary">${messages.search}</button>
      </div>
      <p id="query-hint" class="hint">${messages.searchHint}</p>
    </div>
  `;
}

function option(value: string, label: string, selected: boolean): TemplateResult {
  return html`<option value=${value} .selected=${live(selected)}>${label}</option>`;
}

/** The name of a chosen region ("Koko Etelä-Savo") or municipality, for the menu before it is filled. */
function areaLabel(code: string, ctx: FilterFormContext): string {
  return municipalityByCode.has(code) ? municipalityName(code, ctx.lang) : ctx.messages.wholeRegion(regionName(code, ctx.lang));
}

function areaField(ctx: FilterFormContext): TemplateResult | typeof nothing {
  const { lang, messages, pinned, chosen } = ctx;
  if (pinned.municipality) return nothing;
  const selected = chosen.municipality ?? (pinned.region ? '' : (chosen.region ?? ''));
  const regions = byLabel(
    REGIONS.filter((r) => !pinned.region || r.code === pinned.region).map((r) => [r.code, r.name[lang]] as const),
    lang,
  );
  const first = pinned.region ? messages.wholeRegion(regionName(pinned.region, lang)) : ctx.common.wholeCountry;
  return html`
    <div class="field area">
      <label for="area">${messages.area}</label>
      <select id="area" name="area" part="select" aria-describedby="area-hint">
        ${option('', first, selected === '')}
        ${ctx.allOptions ? nothing : selected ? option(selected, areaLabel(selected, ctx), true) : nothing}
        ${!ctx.allOptions ? nothing : regions.map(
          ([code, name]) => html`
            <optgroup label=${name}>
              ${pinned.region ? nothing : option(code, messages.wholeRegion(name), selected === code)}
              ${municipalitiesOf(code, lang).map(([value, label]) => option(value, label, selected === value))}
            </optgroup>
          `,
        )}
      </select>
      <p id="area-hint" class="hint">${messages.areaHint}</p>
    </div>
  `;
}

/** A single-choice list; a choice of several values (from a shared address) shows as one option. */
function selectField(id: string, label: string, any: string, options: Option[], chosen: readonly string[] = []): TemplateResult {
  const value = chosen.join(',');
  const several = chosen.length > 1 ? options.filter(([v]) => chosen.includes(v)).map(([, l]) => l).join(', ') : '';
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${id} part="select">
        ${option('', any, !value)} ${several ? option(value, several, true) : nothing}
        ${options.map(([v, l]) => option(v, l, value === v))}
      </select>
    </div>
  `;
}

function checkboxGroup(name: string, legend: string, options: readonly Option[], chosen: readonly string[] = []): TemplateResult {
  return html`
    <fieldset part="fieldset">
      <legend>${legend}</legend>
      <ul role="list" class="choices">
        ${options.map(
          ([value, label]) => html`
            <li>
              <label><input type="checkbox" name=${name} value=${value} .checked=${live(chosen.includes(value))} /> ${label}</label>
            </li>
          `,
        )}
      </ul>
    </fieldset>
  `;
}

function toggle(name: string, label: string, checked: boolean): TemplateResult {
  return html`<li><label><input type="checkbox" name=${name} value="1" .checked=${live(checked)} /> ${label}</label></li>`;
}

function toggles(ctx: FilterFormContext): TemplateResult | typeof nothing {
  const { messages, pinned, chosen } = ctx;
  if (pinned.openNow && pinned.free) return nothing;
  return html`
    <fieldset part="fieldset">
      <legend>${messages.more}</legend>
      <ul role="list" class="choices">
        ${pinned.openNow ? nothing : toggle('open', messages.openNow, Boolean(chosen.openNow))}
        ${pinned.free ? nothing : toggle('free', messages.free, Boolean(chosen.free))}
      </ul>
    </fieldset>
  `;
}

export function filterFormTemplate(ctx: FilterFormContext): TemplateResult {
  const { lang, messages, pinned, chosen } = ctx;
  return html`
    <form role="search" part="form" aria-label=${messages.formLabel} @input=${ctx.onInput} @change=${ctx.onChange} @submit=${ctx.onSubmit} @focusin=${ctx.onReach} @pointerdown=${ctx.onReach}>
      ${searchField(ctx)}
      ${guard([lang, JSON.stringify({ ...chosen, query: undefined }), JSON.stringify(pinned), ctx.languages, ctx.allOptions], () => filtersTemplate(ctx))}
      ${ctx.canClear
        ? html`<button type="button" part="button clear-button" class="clear" @click=${ctx.onClear}>${messages.clearAll}</button>`
        : nothing}
    </form>
  `;
}

/** The lists and checkboxes; a keystroke in the search field leaves them as they are. */
function filtersTemplate(ctx: FilterFormContext): TemplateResult {
  const { lang, common, messages, pinned, chosen } = ctx;
  // Until the menus are filled, each holds only what is chosen: a closed menu shows no more.
  const shown = <T extends string>(all: readonly T[], chosen: readonly T[] = []) => (ctx.allOptions ? all : chosen.length === 1 ? chosen : []);
  const types = byLabel(shown(SERVICE_TYPES, chosen.types).map((t) => [t, common.serviceTypes[t]] as const), lang);
  const languages = shown(ctx.languages, chosen.languages).map((code) => [code, languageName(code, lang)] as const);
  return html`
    <div class="filters">
      ${areaField(ctx)}
      ${pinned.types?.length ? nothing : selectField('type', messages.type, messages.typeAny, types, chosen.types)}
      ${pinned.languages?.length
        ? nothing
        : selectField('language', messages.language, messages.languageAny, languages, chosen.languages)}
      ${pinned.targetGroups?.length
        ? nothing
        : checkboxGroup('group', messages.targetGroup, TARGET_GROUPS.map((g) => [g, common.targetGroupsShort[g]]), chosen.targetGroups)}
      ${pinned.channels?.length
        ? nothing
        : checkboxGroup('channel', messages.channel, CHANNELS.map((c) => [c, common.channels[c]]), chosen.channels)}
      ${toggles(ctx)}
    </div>
  `;
}
