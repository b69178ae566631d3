/**
 * How one project looks, wherever it is shown: <ero-project-card> and every card of
 * <ero-project-list> render this template. Optional fields that are missing leave no trace.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { disclosureButton, disclosurePanel, type DisclosureState } from '../../controllers/disclosure.js';
import { areaNames } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Contact, Funder, Link, LocalizedText, Material, Partner, Project, SocialAccount } from '../../feed/types.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { intlLocale, localize, type Lang } from '../../i18n/lang.js';
import type { CommonMessages } from '../../i18n/messages/common.js';
import { projectMessages, type ProjectMessages } from '../../i18n/messages/project.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../../internal/heading.js';
import { contactTemplate } from '../../internal/contact-view.js';
import { safeUrl } from '../../internal/safe-url.js';
import { projectStatus } from './status.js';

export type ProjectLayout = 'compact' | 'full';

export interface ProjectViewContext {
  readonly data: FeedData;
  readonly lang: Lang;
  readonly common: CommonMessages;
  readonly headingLevel: HeadingLevel;
  /** The Helsinki calendar date the status is computed for (YYYY-MM-DD). */
  readonly today: string;
  readonly onSaveContact: (contact: Contact) => void;
}

export interface ProjectViewOptions {
  readonly layout: ProjectLayout;
  /** The details of a compact card, open or closed. */
  readonly disclosure?: DisclosureState;
  /** Render the named slots; only an element with its own light DOM has content for them. */
  readonly slots?: boolean;
  /** Makes the card focusable from script, e.g. to move focus to newly shown cards. */
  readonly focusable?: boolean;
}

interface Scope extends ProjectViewContext {
  readonly messages: ProjectMessages;
  readonly text: (value: LocalizedText) => TemplateResult;
}

/** The layout an attribute asks for; anything unknown gets the element's default. */
export const toLayout = (value: string | null | undefined, fallback: ProjectLayout): ProjectLayout =>
  value === 'compact' || value === 'full' ? value : fallback;

const sub = (level: HeadingLevel, by: number): HeadingLevel => toHeadingLevel(Math.min(level + by, 6), 6);

/** Same-origin links are the site's own; any other http(s) link leaves it and is marked. */
function isExternal(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol.startsWith('http') && url.origin !== location.origin;
  } catch {
    return false;
  }
}

/** A link to a feed URL through safeUrl; external ones say so and send no referrer. */
function link(s: Scope, url: string | undefined, content: unknown, part = 'link'): TemplateResult {
  const href = safeUrl(url);
  if (!href) return html`${content}`;
  const external = isExternal(href);
  return html`<a part=${part} href=${href} rel=${external ? 'external noreferrer' : nothing}
    >${content}${external
      ? html`<span class="external" aria-hidden="true">↗</span><span class="visually-hidden"> ${s.messages.external}</span>`
      : nothing}</a
  >`;
}

function period(s: Scope, project: Project): string {
  const start = formatDate(project.startDate, s.lang);
  return project.endDate ? `${start}–${formatDate(project.endDate, s.lang)}` : s.messages.periodFrom(start);
}

function statusBadge(s: Scope, project: Project): TemplateResult {
  const status = projectStatus(project, s.today);
  return html`<span class="badge status ${status}" part="status status-${status}"
    ><span class="visually-hidden">${s.messages.statusLabel}: </span>${s.messages.status[status]}</span
  >`;
}

function fact(label: string, value: unknown, wide = false): TemplateResult | typeof nothing {
  if (value === nothing || value === undefined || value === '') return nothing;
  return html`<div class="fact ${wide ? 'wide' : ''}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function list<T>(items: readonly T[] | undefined, item: (value: T) => unknown, className = 'items'): TemplateResult | typeof nothing {
  return items?.length ? html`<ul role="list" class=${className}>${items.map((v) => html`<li>${item(v)}</li>`)}</ul>` : nothing;
}

function partner(s: Scope, value: Partner): unknown {
  const organization = s.data.organization(value.organization);
  const name = value.name ?? organization?.name;
  if (!name) return nothing;
  return link(s, value.url ?? organization?.url, s.text(name));
}

function areaText(s: Scope, project: Project): string | undefined {
  const area = project.area ?? s.data.organization(project.organization)?.area;
  if (!area) return undefined;
  const names = areaNames(area, s.lang);
  return names === undefined ? s.common.wholeCountry : names.join(', ') || undefined;
}

const percentFormats = new Map<Lang, Intl.NumberFormat>();

/** A funder's share of the total budget, e.g. "80 %"; `amount` is in the budget's currency. */
function percentOfBudget(s: Scope, project: Project, amount: number): string | undefined {
  const total = project.budget?.total;
  if (!total) return undefined;
  let format = percentFormats.get(s.lang);
  if (!format) percentFormats.set(s.lang, (format = new Intl.NumberFormat(intlLocale(s.lang), { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(amount / total);
}

function funder(s: Scope, project: Project, value: Funder): TemplateResult {
  const currency = project.budget?.currency ?? 'EUR';
  const amount = value.amount;
  return html`<span class="line">${link(s, value.url, s.text(value.name))}</span>
    ${value.programme ? html`<span class="line programme">${s.text(value.programme)}</span>` : nothing}
    ${amount !== undefined
      ? html`<span class="line">${s.messages.funderShare(formatMoney(amount, currency, s.lang), percentOfBudget(s, project, amount))}</span>`
      : nothing}`;
}

/** A closed compact card keeps one tab stop, its details button: the organisation is not linked there. */
function summaryFacts(s: Scope, project: Project, open: boolean): TemplateResult {
  const organization = s.data.organization(project.organization);
  const name = organization && s.text(organization.name);
  return html`<dl class="facts">
    ${fact(s.messages.organization, organization ? (open ? link(s, organization.url, name) : name) : nothing)}
    ${fact(s.messages.period, period(s, project))}
  </dl>`;
}

function detailFacts(s: Scope, project: Project): TemplateResult {
  const budget = project.budget;
  return html`<dl class="facts">
    ${fact(s.messages.partners, list(project.partners?.filter((p) => p.name ?? s.data.organization(p.organization)), (p) => partner(s, p)))}
    ${fact(s.messages.area, areaText(s, project))}
    ${fact(s.messages.targetGroups, list(project.targetGroups, (g) => s.common.targetGroups[g]))}
    ${fact(s.messages.budget, budget ? formatMoney(budget.total, budget.currency ?? 'EUR', s.lang) : nothing)}
    ${fact(s.messages.funding, list(project.funders, (f) => funder(s, project, f)), true)}
  </dl>`;
}

function section(s: Scope, name: string, title: string, body: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
  if (body === nothing) return nothing;
  return html`<section class="section" part="section section-${name}">
    ${heading(sub(s.headingLevel, 1), title, 'section-title')} ${body}
  </section>`;
}

/** The project's own contact list, plus contacts that name the project from their side. */
function projectContacts(data: FeedData, project: Project): Contact[] {
  const listed = (project.contacts ?? []).map((id) => data.contact(id)).filter((c): c is Contact => Boolean(c));
  const naming = data.contacts.filter((c) => c.projects?.includes(project.id) && !listed.includes(c));
  return [...listed, ...naming];
}

function contacts(s: Scope, project: Project): TemplateResult | typeof nothing {
  const people = projectContacts(s.data, project);
  if (!people.length) return nothing;
  const ctx = { data: s.data, lang: s.lang, common: s.common, headingLevel: sub(s.headingLevel, 2) };
  return html`<ul role="list" class="contacts">
    ${people.map((c) => html`<li>${contactTemplate(c, ctx, s.onSaveContact, true)}</li>`)}
  </ul>`;
}

function materialType(s: Scope, material: Material): string {
  const format = material.format?.trim();
  return format ? s.messages.materialTypeWithFormat(material.type, format) : s.messages.materialTypes[material.type];
}

function material(s: Scope, value: Material): TemplateResult {
  return link(s, value.url, html`${s.text(value.title)} <span class="kind">(${materialType(s, value)})</span>`, 'link material');
}

/** Social media services by their brand names, the same in every language. */
const PLATFORMS: Record<Exclude<SocialAccount['platform'], 'other'>, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

function socialAccount(s: Scope, value: SocialAccount): TemplateResult {
  const handle = value.handle?.trim();
  const platform = value.platform === 'other' ? s.messages.otherPlatform : PLATFORMS[value.platform];
  return link(s, value.url, html`${platform}${handle ? `: ${handle}` : ''}`, 'link social');
}

function details(s: Scope, project: Project): TemplateResult {
  const linkItem = (l: Link) => link(s, l.url, s.text(l.title));
  return html`
    ${detailFacts(s, project)}
    ${section(s, 'goals', s.messages.goals, project.goals?.length ? html`<ol class="goals">${project.goals.map((g) => html`<li>${s.text(g)}</li>`)}</ol>` : nothing)}
    ${section(s, 'contacts', s.messages.contacts, contacts(s, project))}
    ${section(s, 'materials', s.messages.materials, list(project.materials, (m) => material(s, m)))}
    ${section(s, 'links', s.messages.links, list(project.links, linkItem))}
    ${section(s, 'social', s.messages.social, list(project.social, (a) => socialAccount(s, a)))}`;
}

function toggle(s: Scope, project: Project, disclosure: DisclosureState): TemplateResult {
  const name = localize(project.name, s.lang).text;
  return disclosureButton(
    disclosure,
    html`${disclosure.open ? s.messages.hideDetails : s.messages.showDetails}<span class="visually-hidden"> ${s.messages.detailsOf(name)}</span>`,
  );
}

function tags(s: Scope, project: Project): TemplateResult | typeof nothing {
  return list(project.targetGroups, (g) => html`<span class="badge">${s.common.targetGroupsShort[g]}</span>`, 'tags');
}

export function projectTemplate(project: Project, ctx: ProjectViewContext, options: ProjectViewOptions): TemplateResult {
  const messages = projectMessages.in(ctx.lang);
  const text = (value: LocalizedText) => {
    const t = localize(value, ctx.lang);
    return t.lang === ctx.lang ? html`${t.text}` : html`<span lang=${t.lang}>${t.text}</span>`;
  };
  const s: Scope = { ...ctx, messages, text };
  const name = localize(project.name, ctx.lang);
  const compact = options.layout === 'compact';
  const { disclosure } = options;
  const open = !compact || Boolean(disclosure?.open);
  return html`
    <article part="card project ${options.layout}" class="card project ${options.layout} ${open ? 'open' : ''}" tabindex=${options.focusable ? '-1' : nothing}>
      <header class="card-header">
        ${heading(ctx.headingLevel, name.text, 'card-title title', name.lang === ctx.lang ? undefined : name.lang)}
        <p class="badges">${statusBadge(s, project)}${project.example
            ? html` <span class="badge example" title=${ctx.common.exampleDataHint}>${ctx.common.exampleData}</span>`
            : nothing}</p>
      </header>
      ${summaryFacts(s, project, open)}
      ${project.description ? html`<p class="description" part="description">${text(project.description)}</p>` : nothing}
      ${compact && !open ? tags(s, project) : nothing}
      ${compact && disclosure ? toggle(s, project, disclosure) : nothing}
      ${compact && disclosure
        ? disclosurePanel(disclosure, () => details(s, project))
        : open
          ? html`<div class="details" part="details-panel">${details(s, project)}</div>`
          : nothing}
      ${options.slots ? html`<slot name="extra"></slot><slot name="actions"></slot><slot name="logos"></slot>` : nothing}
    </article>
  `;
}
