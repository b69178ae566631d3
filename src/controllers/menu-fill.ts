/**
 * When long menus get all their options (the calendar's municipality and organiser menus, the
 * finder's 309 municipalities in their regions). The browser measures every option when it lays
 * a menu out: on the first render that costs more than all the cards, and again in each new
 * language. So the options come when the page is next idle, or at once when a visitor reaches a
 * menu (or someone awaits `updateComplete`); until then a menu holds "All" and the chosen value,
 * which is all that a closed menu shows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cancelIdle, whenIdle } from '../internal/idle.js';

export class MenuFill implements ReactiveController {
  /** Whether the menus hold every option. */
  filled = false;
  private task?: number;
  private done: Promise<void> = Promise.resolve();
  private resolve?: () => void;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.filled || this.task !== undefined || !this.host.renderRoot.querySelector('select')) return;
    this.done = new Promise((resolve) => (this.resolve = resolve));
    this.task = whenIdle(() => this.fill(), 500);
  }

  /** The language the menus' options are in. */
  private lang?: string;

  /** Empties the menus again until the page is idle when the language changes: their options are to be written anew. */
  follow(lang: string): void {
    const changed = this.lang !== undefined && lang !== this.lang;
    this.lang = lang;
    if (!changed || !this.filled) return;
    this.filled = false;
    this.task = undefined;
  }

  /** Fills the menus now: a visitor has reached one. */
  readonly fill = (): void => {
    if (this.filled) return;
    cancelIdle(this.task);
    this.filled = true;
    this.host.requestUpdate();
    this.resolve?.();
  };

  /** Resolves once the menus have been asked to fill (the host's next update then renders them). */
  get complete(): Promise<void> {
    return this.done;
  }
}
