/** The instant "open now" refers to: the `now` the page gives, or the current time, ticking each minute. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;

export class ClockController implements ReactiveController {
  private clock = Date.now();
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly now?: number | Date },
  ) {
    host.addController(this);
  }

  get instant(): number {
    return this.host.now === undefined ? this.clock : +this.host.now;
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      this.clock = Date.now();
      this.host.requestUpdate();
    }, MINUTE);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
