/**
 * The finder's results: the count, one card per service shown with "Show more", the empty state
 * with a near query ("Did you mean …?") and the filters a person could remove, the line naming the page's pinned filters, and the
 * "report a missing service" link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Pager } from '../../controllers/pager.js';
import { safeUrl } from '../../internal/safe-url.js';
import { activeFilters, type ActiveFilter, type FinderFilters } from './filter.js';
import { filterLabel } from './filter-form.js';
import type { ServiceList } from './ranked.js';
import { serviceTemplate, type ServiceViewContext } from './service-view.js';
import type { TextContext } from './view-parts.js';

export interface ResultsContext extends ServiceViewContext {
  readonly results: ServiceList;
  /** How many of the results are shown, and "Show more". */
  readonly pager: Pager;
  /** The person's choices that a person could remove to widen the results. */
  readonly removable: readonly ActiveFilter[];
  /** A near query that would find services, offered when nothing is found. */
  readonly suggestion: string | undefined;
  readonly reportUrl: string;
  /** True in the urgent order (sort="urgent"), which a line under the count explains. */
  readonly urgent: boolean;
  readonly onRemoveFilter: (filter: ActiveFilter) => void;
  readonly onSuggestion: (query: string) => void;
}

/** What the live region says about the results: "12 palvelua. Näkyvissä 10 / 12". */
export function countAnnouncement(messages: TextContext['messages'], total: number, visible: number): string {
  if (!total) return messages.empty;
  const shown = Math.min(total, visible);
  return shown < total ? `${messages.count(total)}. ${messages.shown(shown, total)}` : messages.count(total);
}

/** "Palvelut on rajattu: Mikkeli, Vanhemmat", or nothing when the page pins nothing. */
export function scopeTemplate(pinned: FinderFilters, ctx: TextContext): TemplateResult | typeof nothing {
  const active = activeFilters(pinned);
  if (!active.length) return nothing;
  return html`<p class="scope" part="scope">${ctx.messages.scope} ${active.map((filter) => filterLabel(filter, ctx)).join(', ')}</p>`;
}

export function resultsTemplate(ctx: ResultsContext): TemplateResult {
  const { results, messages } = ctx;
  return html`
    <section class="results" part="results" aria-labelledby="count">
      <p id="count" class="count" part="count" tabindex="-1">${messages.count(results.length)}</p>
      ${ctx.urgent && results.length > 1 ? html`<p class="order">${messages.urgentOrder}</p>` : nothing}
      ${results.length ? listTemplate(ctx) : emptyTemplate(ctx)}
    </section>
    ${results.length ? reportTemplate(ctx) : nothing}
  `;
}

function listTemplate(ctx: ResultsContext): TemplateResult {
  const { pager, results, messages } = ctx;
  return html`
    <ul class="list" role="list" aria-label=${messages.resultsLabel}>
      ${results.first(pager.shown).map((service) => html`<li>${serviceTemplate(service, ctx)}</li>`)}
    </ul>
    ${pager.button(results.length, (_, left) => messages.showMore(left))}
  `;
}

function emptyTemplate(ctx: ResultsContext): TemplateResult {
  const { messages, removable, suggestion } = ctx;
  return html`
    <div class="state empty" part="state empty">
      <p><strong>${removable.length ? messages.empty : messages.emptyFeed}</strong></p>
      ${suggestion
        ? html`<p>
            <button type="button" part="button suggestion-button" @click=${() => ctx.onSuggestion(suggestion)}>
              ${messages.didYouMean(suggestion)}
            </button>
          </p>`
        : nothing}
      ${removable.length
        ? html`
            <p>${messages.tryRemoving}</p>
            <ul role="list">
              ${removable.map(
                (filter) => html`<li>
                  <button type="button" part="button remove-button" @click=${() => ctx.onRemoveFilter(filter)}>
                    ${messages.removeFilter(filterLabel(filter, ctx))}
                  </button>
                </li>`,
              )}
            </ul>
          `
        : nothing}
      ${reportTemplate(ctx)}
    </div>
  `;
}

function reportTemplate(ctx: ResultsContext): TemplateResult | typeof nothing {
  const href = safeUrl(ctx.reportUrl);
  if (!href) return nothing;
  return html`<p class="report">${ctx.messages.missing} <a part="link report-link" href=${href}>${ctx.messages.report}</a></p>`;
}
