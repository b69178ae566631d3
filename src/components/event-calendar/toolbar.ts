/**
 * The calendar's toolbar: the list/month switch, and a labelled menu for each filter that the
 * page's attributes leave open and the events actually vary in. The menus' options may come
 * after the first render (see src/controllers/menu-fill.ts).
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';
import { municipalityName } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { TargetGroup } from '../../feed/types.js';
import { localize, type Lang } from '../../i18n/lang.js';
import type { CommonMessages } from '../../i18n/messages/common.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import type { EventFilter, MenuName } from './filter.js';

export type CalendarView = 'list' | 'month';

export interface ToolbarContext {
  readonly data: FeedData;
  readonly lang: Lang;
  readonly messages: EventCalendarMessages;
  readonly common: CommonMessages;
  readonly view: CalendarView;
  /** The menus that the attributes leave open; none with hide-filters. */
  readonly menus: readonly MenuName[];
  /** Whether each menu has two or more values to offer (else it is not shown); asked for only when there are menus. */
  readonly varies: () => Record<MenuName, boolean>;
  /** The values each menu offers; asked for only when the menus get all their options, as it reads every event. */
  readonly choices: () => Record<MenuName, string[]>;
  readonly choice: EventFilter;
  /** False until the menus may have all their options (see MenuFill): before, "All" and the chosen one. */
  readonly allOptions: boolean;
  /** A visitor has reached the menus: they need all their options now. */
  readonly onReach: () => void;
  readonly onView: (view: CalendarView) => void;
  readonly onChoose: (name: MenuName, value: string) => void;
}

/** A visitor's filter menu: its label, the text of each value, and whether the values go by that text. */
interface Menu {
  readonly label: string;
  readonly text: (value: string) => string;
  readonly byText?: boolean;
}

function menusOf({ data, lang, messages, common }: ToolbarContext): Record<MenuName, Menu> {
  return {
    targetGroup: { label: messages.forWhom, text: (group) => common.targetGroups[group as TargetGroup] },
    attendance: { label: messages.attendance, text: (way) => (way === 'online' ? messages.online : messages.onSite) },
    municipality: { label: messages.municipality, text: (code) => municipalityName(code, lang), byText: true },
    organizer: {
      label: messages.organizer,
      text: (id) => {
        const organization = data.organization(id);
        return organization ? localize(organization.name, lang).text : id;
      },
      byText: true,
    },
  };
}

/** A menu's options: value and text. */
type Options = readonly (readonly [string, string])[];

/** Options by menu values and language: hundreds of municipalities and organisers, sorted once. */
const optionCache = new WeakMap<readonly string[], Map<Lang, Options>>();

function options(values: readonly string[], menu: Menu, lang: Lang): Options {
  let byLang = optionCache.get(values);
  if (!byLang) optionCache.set(values, (byLang = new Map()));
  let found = byLang.get(lang);
  if (!found) {
    const pairs = values.map((value) => [value, menu.text(value)] as const);
    // One collator for the sort: localeCompare with a locale builds one for every comparison.
    const { compare } = new Intl.Collator(lang);
    if (menu.byText) pairs.sort((a, b) => compare(a[1], b[1]));
    byLang.set(lang, (found = pairs));
  }
  return found;
}

/**
 * A menu's <option>s, made as plain elements (text and value, never markup) in one fragment: a
 * menu may offer hundreds of municipalities or organisers, and one template each costs far more.
 * Made again only when the values or the chosen one change.
 */
class OptionList extends Directive {
  private shown?: Options;
  private current?: string;

  render(options: Options, current: string): DocumentFragment {
    const fragment = document.createDocumentFragment();
    for (const [value, text] of options) fragment.append(new Option(text, value, false, value === current));
    return fragment;
  }

  update(_part: Part, [options, current]: [Options, string]): DocumentFragment | typeof noChange {
    if (options === this.shown && current === this.current) return noChange;
    this.shown = options;
    this.current = current;
    return this.render(options, current);
  }
}

const optionList = directive(OptionList);

/** One labelled <select> of the visitor's filters. */
const NO_OPTIONS: Options = [];

function select(name: MenuName, menu: Menu, ctx: ToolbarContext): TemplateResult {
  const current = ctx.choice[name] ?? '';
  const chosen = current ? [[current, menu.text(current)] as const] : NO_OPTIONS;
  return html`
    <label>
      <span>${menu.label}</span>
      <select part="select" @change=${(e: Event) => ctx.onChoose(name, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!current}>${ctx.messages.all}</option>
        ${optionList(ctx.allOptions ? options(ctx.choices()[name], menu, ctx.lang) : chosen, current)}
      </select>
    </label>
  `;
}

const MENUS: readonly MenuName[] = ['targetGroup', 'attendance', 'municipality', 'organizer'];

/** The menus for what the page's filter (its attributes) leaves open. */
export const openMenus = (fixed: EventFilter): MenuName[] => MENUS.filter((name) => !fixed[name]?.trim());

function filters(ctx: ToolbarContext): TemplateResult | typeof nothing {
  const varies = ctx.menus.length ? ctx.varies() : undefined;
  const shown = ctx.menus.filter((name) => varies?.[name]);
  if (!shown.length) return nothing;
  const menus = menusOf(ctx);
  return html`<fieldset class="filters" part="filters" @focusin=${ctx.onReach} @pointerdown=${ctx.onReach}>
    <legend>${ctx.messages.filters}</legend>
    ${shown.map((name) => select(name, menus[name], ctx))}
  </fieldset>`;
}

export function toolbarTemplate(ctx: ToolbarContext): TemplateResult {
  const { messages } = ctx;
  return html`
    <div class="toolbar" part="toolbar">
      <div class="views" role="group" aria-label=${messages.view}>
        ${(['list', 'month'] as const).map(
          (view) => html`<button type="button" part="button" aria-pressed=${String(ctx.view === view)} @click=${() => ctx.onView(view)}>
            ${view === 'list' ? messages.viewList : messages.viewMonth}
          </button>`,
        )}
      </div>
      ${filters(ctx)}
    </div>
  `;
}
