/**
 * <ero-quick-exit>: a "leave this page now" button for pages about violence. A click, or Shift
 * pressed three times, blanks the page at once, removes the kit's stored feeds and replaces the
 * page (and any frame around it) with a neutral site, so Back does not return here.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Announcer } from '../../controllers/announcer.js';
import { emit } from '../../events.js';
import { clearStoredFeeds } from '../../feed/stored-feeds.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { quickExitMessages, type QuickExitMessages } from '../../i18n/messages/quick-exit.js';
import { freshMediaQueries } from '../../internal/fresh-media.js';
import { safeUrl } from '../../internal/safe-url.js';
import { hostStyles } from '../../styles/shared.js';
import './events.js';
import { leave } from './leave.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { PRESSES_NEEDED, ShiftSequence } from './shift-sequence.js';
import { StayInViewController } from './stay-in-view.js';
import { resettable } from '../../internal/resettable.js';

/** A neutral Finnish site that says nothing about the page left behind: the weather. */
export const DEFAULT_EXIT_URL = 'https://www.ilmatieteenlaitos.fi/';

/**
 * @customElement ero-quick-exit
 * @summary A quick-exit button ("Poistu sivulta nopeasti") that leaves the page by click or Shift ×3.
 *
 * @attr exit-url - Where to go: a neutral http(s) page (default the Finnish Meteorological Institute).
 * @attr advice-url - A page of your own with advice on private browsing; without it, short advice is built in.
 * @attr hide-advice - Leave out the advice on browsing more safely.
 * @attr placement - `sticky` (default; stays at the top while the page scrolls, even inside a wrapper of its own) or
 *   `fixed` (top corner; on screens up to 480 px a compact button in the page's flow that then stays at the top).
 * @attr lang - fi (default), sv or en; otherwise the closest lang on the page.
 *
 * @fires ero-quick-exit - Just before leaving; cancelable, to leave in the site's own way. Detail: `{ url, trigger }`.
 *
 * @slot - A plain link for visitors without JavaScript; hidden once the element runs.
 *
 * @csspart bar - The strip that holds the button.
 * @csspart button - The exit button.
 * @csspart hint - The "or press Shift 3 times" text.
 * @csspart advice - The advice disclosure or link.
 *
 * @cssprop --ero-quick-exit-background - Button colour (default #b3261e).
 * @cssprop --ero-quick-exit-color - Button text colour (default #ffffff).
 * @cssprop --ero-quick-exit-z-index - Stacking order of the sticky bar (default 1000).
 */
export class QuickExit extends LitElement {
  static styles = [hostStyles, quickExitStyles];

  @resettable @property({ attribute: 'exit-url' }) exitUrl = DEFAULT_EXIT_URL;
  @resettable @property({ attribute: 'advice-url' }) adviceUrl = '';
  @resettable @property({ type: Boolean, attribute: 'hide-advice' }) hideAdvice = false;
  @resettable @property({ reflect: true }) placement: 'sticky' | 'fixed' = 'sticky';

  /** @internal */
  @state() private presses = 0;
  /** @internal */
  @state() private leaving = false;

  private readonly locale = new LocaleController(this);
  private readonly sequence = new ShiftSequence();
  private readonly stayInView = new StayInViewController(this);
  /** The page's polite live region: every change of what it says follows a key press or a click. */
  private readonly announcer = new Announcer(this);
  private hiddenTitle?: string;

  private get messages(): QuickExitMessages {
    return quickExitMessages[this.locale.lang];
  }

  private get target(): string {
    const url = safeUrl(this.exitUrl, document.baseURI);
    return url && /^https?:/.test(url) ? url : DEFAULT_EXIT_URL;
  }

  connectedCallback(): void {
    super.connectedCallback();
    // The compact phone placement is a width media query (see fresh-media.ts).
    freshMediaQueries(this.shadowRoot);
    window.addEventListener('keydown', this.onKeydown, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeydown, true);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /** Leaves the page now: blank it, forget stored feeds, replace the top-level location. */
  exit(trigger: 'click' | 'keyboard' = 'click'): void {
    const url = this.target;
    if (!emit(this, 'ero-quick-exit', { url, trigger }, { cancelable: true })) return;
    this.leaving = true;
    // Blank everything in this same task, before the browser can paint the page again.
    document.documentElement.style.setProperty('visibility', 'hidden', 'important');
    this.hiddenTitle = document.title;
    document.title = '';
    clearStoredFeeds();
    leave.replace(url);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const count = this.sequence.keydown(event.key, event.repeat, event.timeStamp);
    this.presses = count;
    if (count >= PRESSES_NEEDED) {
      this.sequence.reset();
      this.exit('keyboard');
    }
  };

  /** Coming Back from the back-forward cache must show the page as it was, ready again. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted && !this.leaving) return;
    document.documentElement.style.removeProperty('visibility');
    if (this.hiddenTitle !== undefined) document.title = this.hiddenTitle;
    this.sequence.reset();
    this.presses = 0;
    this.leaving = false;
  };

  private onClick(event: MouseEvent): void {
    event.preventDefault();
    this.exit('click');
  }

  private status(): string {
    if (this.leaving) return this.messages.leaving;
    if (this.presses > 0 && this.presses < PRESSES_NEEDED) return this.messages.pressed(this.presses, PRESSES_NEEDED);
    return '';
  }

  protected willUpdate(): void {
    this.announcer.acted = true;
    this.announcer.follow(this.status());
  }

  protected render(): TemplateResult {
    const m = this.messages;
    return html`
      <div class="bar ${this.stayInView.pinned ? 'pinned' : ''}" part="bar">
        <a class="exit" part="button" href=${this.target} target="_top" rel="noreferrer" @click=${this.onClick}>${m.exit}</a>
        <span class="hint" part="hint">${m.hint}</span>
        ${this.renderAdvice(m)}
      </div>
      ${this.leaving ? html`<div class="overlay"></div>` : nothing}
    `;
  }

  private renderAdvice(m: QuickExitMessages): TemplateResult | typeof nothing {
    if (this.hideAdvice) return nothing;
    const url = this.adviceUrl ? safeUrl(this.adviceUrl, document.baseURI) : undefined;
    if (url) return html`<a part="advice" href=${ifDefined(url)}>${m.adviceLink}</a>`;
    return html`
      <details part="advice">
        <summary>${m.adviceTitle}</summary>
        <ul>
          ${m.advice.map((line) => html`<li>${line}</li>`)}
        </ul>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-quick-exit': QuickExit;
  }
}
