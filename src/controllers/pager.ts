/**
 * Paging for the lists of the finder, the calendar and the project list: one `page-size`
 * attribute (0 shows all; the old `limit` is an alias that warns once), the "Show more" button,
 * and focus on the first newly shown item, so that keyboard and screen reader users read on
 * from there instead of starting the list again.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { FocusAfterUpdate } from './focus.js';

/** An element with the pager's attributes: `page-size`, and `limit` from version 0.1. */
export interface PagedElement extends ReactiveElement {
  pageSize?: number | null;
  /** @deprecated The alias of `pageSize`. */
  limit?: number | null;
}

export interface PagerOptions {
  /** The page size when neither attribute gives one (0 shows all). */
  readonly fallback: number;
  /** The shown items, in order, for focus: the first newly shown one takes it. */
  readonly items: () => ArrayLike<HTMLElement>;
  /** Called when a person asks for more, before the update that shows them. */
  readonly onMore?: () => void;
}

/** Tags that have been told about `limit` already. */
const warned = new Set<string>();

/** A whole number ≥ 0 from an attribute, or undefined when there is none or it is not one. */
const count = (value: number | null | undefined): number | undefined =>
  typeof value === 'number' && value >= 0 && Number.isFinite(value) ? Math.floor(value) : undefined;

/** The paging of one list; its host re-renders when a person asks for more. */
export class Pager {
  /** How many items are shown now (Infinity: all). */
  shown: number;
  private size: number;
  private readonly focus: FocusAfterUpdate;

  constructor(
    private readonly host: PagedElement,
    private readonly options: PagerOptions,
  ) {
    this.size = this.shown = this.read();
    this.focus = new FocusAfterUpdate(host);
  }

  /** How many items a page holds (Infinity: all). */
  get step(): number {
    return this.size;
  }

  /** Reads the attributes; call from the host's `willUpdate`. A new page size starts from the first page. */
  resolve(): void {
    const size = this.read();
    if (size === this.size) return;
    this.size = this.shown = size;
  }

  /** Back to the first page, e.g. when the filters change. */
  reset(): void {
    this.shown = this.size;
  }

  /** The shown part of `items`. */
  slice<T>(items: readonly T[]): readonly T[] {
    return items.slice(0, this.shown);
  }

  /** Shows the next page; the first new item takes focus after the update. */
  more(): void {
    const first = this.shown;
    this.shown += this.size;
    this.options.onMore?.();
    this.focus.request(() => this.options.items()[first]);
  }

  /** The "Show more" button while `total` items are not all shown; `label` gets the next page's size and how many are left. */
  button(total: number, label: (next: number, left: number) => string, parts = ''): TemplateResult | typeof nothing {
    const left = total - this.shown;
    if (left <= 0) return nothing;
    return html`<button type="button" class="more-button" part="button more-button${parts ? ` ${parts}` : ''}" @click=${() => this.more()}
      >${label(Math.min(this.size, left), left)}</button
    >`;
  }

  private read(): number {
    const { host } = this;
    const limit = count(host.limit);
    if (limit !== undefined && !warned.has(host.localName)) {
      warned.add(host.localName);
      console.warn(`[eroauttaminen] <${host.localName}> limit="${host.limit}" is deprecated; use page-size (0 shows all). page-size wins when both are set.`);
    }
    const size = count(host.pageSize) ?? limit ?? this.options.fallback;
    return size === 0 ? Infinity : size;
  }
}
