/**
 * The instant "open now" refers to: the `now` the page gives, or the current time, read again as
 * each minute begins. Opening hours change on the minute, so the element always shows what a
 * fresh one would show at the same time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MINUTE } from './opening-hours.js';

export class ClockController implements ReactiveController {
  private clock = Date.now();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly now?: number | Date },
  ) {
    host.addController(this);
  }

  get instant(): number {
    return this.host.now === undefined ? this.clock : +this.host.now;
  }

  hostConnected(): void {
    this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Reads the time, updates the host when a new minute has begun, and waits for the next one. */
  private tick(): void {
    const minute = Math.floor(this.clock / MINUTE);
    this.clock = Date.now();
    if (Math.floor(this.clock / MINUTE) !== minute && this.host.now === undefined) this.host.requestUpdate();
    clearTimeout(this.timer);
    // A timer that fires a moment early finds the same minute and waits the rest of it.
    this.timer = setTimeout(() => this.tick(), MINUTE - (this.clock % MINUTE));
  }
}
