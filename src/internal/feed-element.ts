/**
 * The base of every feed-reading component: the shared attributes (src, timeout, cache, lang),
 * the feed and language controllers, and the loading, error, stale and empty states.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Announcer } from '../controllers/announcer.js';
import { FeedController } from '../feed/feed-controller.js';
import type { FeedData } from '../feed/feed-data.js';
import { DEFAULT_TIMEOUT, type CacheMode } from '../feed/store.js';
import type { Feed } from '../feed/types.js';
import { formatDateTime } from '../i18n/format.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { commonMessages, type CommonMessages } from '../i18n/messages/common.js';
import { loadLanguage } from '../i18n/translations.js';
import { hostStyles } from '../styles/shared.js';
import { cardStyles } from './card.styles.js';
import { JsonLdWriter, type Thing } from './json-ld.js';
import { resettable } from './resettable.js';

/** Texts that count results: "7 hanketta", or that nothing matches. */
export interface CountTexts {
  readonly count: (count: number) => string;
  readonly empty: string;
}

/** "7 hanketta", or that nothing matches. */
export const countText = (count: number, texts: CountTexts): string => (count ? texts.count(count) : texts.empty);

/** The box that says nothing matches. */
export const emptyState = (text: string): TemplateResult => html`<p class="state empty" part="state empty">${text}</p>`;

/**
 * What every feed element shares: its attributes, events and state parts.
 *
 * @attr src - Feed URL, or several separated by spaces, merged by id.
 * @attr lang - fi (default), sv or en; otherwise the closest lang on the page.
 * @attr timeout - Milliseconds to wait for the feed (default 10000).
 * @attr cache - Where the last feed is kept: local (default), session or none.
 * @fires ero-feed-load - The feed loaded; detail: sources and item issues.
 * @fires ero-feed-error - A feed source failed; detail: url, kind, message, status, stale.
 * @csspart state - The loading, empty and error boxes (also `empty` or `error`).
 * @csspart error - The error box.
 * @csspart empty - The box that says nothing matches.
 * @csspart retry-button - "Try again" in the error box.
 * @csspart notices - Notes about stored data or left-out items.
 */
export abstract class FeedElement extends LitElement {
  static styles = [hostStyles, cardStyles];

  /** Feed URL, or several separated by spaces; items are merged by id, the first source winning. */
  @resettable @property() src = '';

  /** A feed object instead of `src`, for frameworks and tests. It is validated like a fetched feed, once per object. */
  @property({ attribute: false }) feed?: Feed;

  /** Milliseconds to wait for the feed before showing an error (or the stored copy). */
  @resettable @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /**
   * Where the last good feed is kept for the next visit: `local` (default), `session`, or `none`.
   * Pages about violence may prefer `session` or `none`, which leave no trace after the tab closes.
   */
  @resettable @property() cache: CacheMode = 'local';

  /**
   * Leave out the schema.org JSON-LD that describes the shown items to search engines (a
   * `<script type="application/ld+json">` inside the element).
   */
  @resettable @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;

  /** @internal */
  protected readonly feedController = new FeedController(this);
  /** @internal */
  protected readonly locale = new LocaleController(this);
  /** @internal The page's polite live region, spoken to after a person acts. */
  /** @internal How long typing must pause before a changed result count is said (ms); 0 says it at once. */
  protected static announceDelay = 0;
  protected readonly announcer = new Announcer(this, { delay: (this.constructor as typeof FeedElement).announceDelay });

  /** @internal */
  protected get common(): CommonMessages {
    return commonMessages.in(this.locale.lang);
  }

  /** What the JSON-LD was last written from. @internal */
  private jsonLdInputs: readonly unknown[] = [];
  /** @internal Writes it after the first paint, in idle time. */
  private readonly jsonLdWriter = new JsonLdWriter(this);

  /** Renders the feed once there is data; the base class handles every other state. */
  protected abstract renderFeed(data: FeedData): TemplateResult | typeof nothing;

  /**
   * schema.org nodes for the items that the element's attributes select (not a visitor's
   * search), in the shown language; read in slices of idle time, so a generator may make them one by one. @internal
   */
  protected jsonLd(_data: FeedData): Iterable<Thing> {
    return [];
  }

  /**
   * Waits, before an update, for the strings of the language it will show, when they are not yet
   * here: Swedish and English come from their own modules, so the first update in them comes when
   * they have loaded rather than in Finnish first. @internal
   */
  protected scheduleUpdate(): void | Promise<unknown> {
    const loading = loadLanguage(this.locale.lang);
    if (!loading) return super.scheduleUpdate();
    // The feed need not wait for the strings: its request starts now, beside theirs.
    this.feedController.resolve();
    return loading.then(() => this.scheduleUpdate());
  }

  /** Resolves the feeds first, so that subclasses (which call super first) derive from the current ones. */
  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.feedController.resolve();
  }

  /**
   * @internal Also waits for the whole-feed check that follows the first render (the notices,
   * console messages and load event that report left-out items), running it now, and writes a
   * pending JSON-LD script.
   */
  protected async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const check = this.feedController.finishCheck();
    if (check) {
      await check;
      done = (await super.getUpdateComplete()) && done;
    }
    this.jsonLdWriter.flush();
    return done;
  }

  protected update(changed: PropertyValues): void {
    this.announcer.follow(this.announcement());
    super.update(changed);
    // Written again only when the feed, the language or an attribute changed.
    const ctor = this.constructor as typeof FeedElement;
    const data = this.feedController.data;
    const inputs = [data, this.locale.lang, ...[...ctor.elementProperties].filter(([, o]) => o.attribute !== false).map(([name]) => this[name as keyof this])];
    if (inputs.every((value, i) => value === this.jsonLdInputs[i])) return;
    this.jsonLdInputs = inputs;
    // Search engines can wait for an idle moment; the visitor's first render and language switch should not.
    this.jsonLdWriter.write(() => {
      const latest = this.feedController.data;
      return latest && !this.noJsonLd ? this.jsonLd(latest) : [];
    });
  }

  protected render(): TemplateResult {
    const { status, data } = this.feedController;
    return html`
      ${status === 'loading' ? this.renderLoading() : nothing}
      ${status === 'error' ? this.renderError() : nothing}
      ${status === 'ready' && data ? html`${this.renderFeed(data)}${this.renderFeedNotices(data)}` : nothing}
    `;
  }

  /** What the page's polite live region says after a person acts: the feed's state, else the results. */
  protected announcement(): string {
    const { status } = this.feedController;
    if (status === 'loading') return this.common.loading;
    if (status === 'error') return this.common.errorTitle;
    return this.resultAnnouncement();
  }

  /** What the live region says of the results once the feed is shown ("7 hanketta"). */
  protected resultAnnouncement(): string {
    return '';
  }

  /** @internal */
  private readonly retry = (): void => {
    this.announcer.acted = true;
    this.feedController.retry();
  };

  protected renderLoading(): TemplateResult {
    return html`<div class="state loading" part="state">${this.common.loading}</div>`;
  }

  /** The error box keeps the page's own fallback content (the element's children) visible. */
  protected renderError(): TemplateResult {
    const [error] = this.feedController.errors;
    const body =
      error?.kind === 'version'
        ? this.common.errorVersion
        : !this.src && !this.feed
          ? this.common.errorConfig
          : this.common.errorBody;
    const canRetry = Boolean(this.src) && !this.feed;
    return html`
      <div class="state error" part="state error">
        <p><strong>${this.common.errorTitle}</strong></p>
        <p>${body}</p>
        <slot></slot>
        ${canRetry ? html`<button type="button" part="button retry-button" @click=${this.retry}>${this.common.retry}</button>` : nothing}
      </div>
    `;
  }

  /** How many items were left out of what the element shows. */
  protected hiddenItems(data: FeedData): number {
    // Counted once the whole feed has been checked, when the page is next idle after the first render.
    return this.feedController.checked ? data.droppedCount : 0;
  }

  /** The "showing a stored copy" notice and the count of items that were left out. */
  protected renderFeedNotices(data: FeedData): TemplateResult | typeof nothing {
    const staleSince = this.feedController.staleSince;
    const hidden = this.hiddenItems(data);
    if (staleSince === undefined && hidden === 0) return nothing;
    return html`
      <div class="notices" part="notices">
        ${staleSince !== undefined
          ? html`<p class="notice stale">${this.common.stale(formatDateTime(staleSince, this.locale.lang))}</p>`
          : nothing}
        ${hidden ? html`<p class="notice hidden-items">${this.common.itemsHidden(hidden)}</p>` : nothing}
      </div>
    `;
  }
}
