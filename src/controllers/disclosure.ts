/**
 * One disclosure pattern for every card's details: a button with aria-expanded that controls a
 * region rendered only while it is open. Opening fires the element's cancelable select event
 * (ero-service-select, ero-event-select, ero-project-select); a page that cancels it keeps the
 * card closed and shows the item its own way. Closing fires nothing.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** One card's disclosure, as its template needs it. */
export interface DisclosureState {
  readonly open: boolean;
  /** The id of the region, which the button controls. */
  readonly id: string;
  readonly toggle: () => void;
}

export interface DisclosureOptions<T> {
  /** What tells the items apart (and makes the region's id). */
  readonly key: (item: T) => string;
  /** Fires the element's cancelable select event; false when the page cancelled it. */
  readonly select: (item: T) => boolean;
}

/** Which items of an element are open; `host` re-renders on each change. */
export class Disclosure<T> {
  private opened: ReadonlySet<string> = new Set();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DisclosureOptions<T>,
  ) {}

  isOpen(item: T): boolean {
    return this.opened.has(this.options.key(item));
  }

  /** Whether any of `items` is open. */
  anyOpen(items: readonly T[]): boolean {
    return this.opened.size > 0 && items.some((item) => this.isOpen(item));
  }

  /** Opens an item's details unless the page takes the opening over; false when it does. */
  open(item: T): boolean {
    if (this.isOpen(item)) return true;
    if (!this.options.select(item)) return false;
    this.opened = new Set([...this.opened, this.options.key(item)]);
    this.host.requestUpdate();
    return true;
  }

  toggle(item: T): void {
    const key = this.options.key(item);
    if (!this.opened.has(key)) {
      this.open(item);
      return;
    }
    const opened = new Set(this.opened);
    opened.delete(key);
    this.opened = opened;
    this.host.requestUpdate();
  }

  /** Closes every item, as when the element shows another one. */
  closeAll(): void {
    if (!this.opened.size) return;
    this.opened = new Set();
    this.host.requestUpdate();
  }

  /** What a card's template needs; `prefix` keeps the region ids of the element's lists apart. */
  state(item: T, prefix = 'details'): DisclosureState {
    return { open: this.isOpen(item), id: `${prefix}-${this.options.key(item).replace(/[^\w-]/g, '-')}`, toggle: () => this.toggle(item) };
  }
}

/** The button that opens and closes the region; `parts` adds names beside `button details-button`. */
export function disclosureButton(state: DisclosureState, content: unknown, parts = ''): TemplateResult {
  return html`<button type="button" class="details-button" part="button details-button${parts ? ` ${parts}` : ''}"
    aria-expanded=${state.open ? 'true' : 'false'} aria-controls=${state.open ? state.id : nothing} @click=${state.toggle}
    >${content}</button
  >`;
}

/** The region, rendered only while open; with `labelledBy`, a group named by that element. */
export function disclosurePanel(
  state: DisclosureState,
  content: () => unknown,
  options: { readonly parts?: string; readonly labelledBy?: string } = {},
): TemplateResult | typeof nothing {
  if (!state.open) return nothing;
  const { parts, labelledBy } = options;
  return html`<div class="details" id=${state.id} part="details-panel${parts ? ` ${parts}` : ''}"
    role=${labelledBy ? 'group' : nothing} aria-labelledby=${labelledBy ?? nothing}>${content()}</div>`;
}
