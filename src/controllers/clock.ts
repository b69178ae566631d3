/**
 * The current time of an element: the `now` the page gives (for previews and tests), or the
 * real clock, read again as each minute begins. The host updates on its own when what it shows
 * can change (`minute`: opening hours; `day`: today's date, project statuses), so it always
 * shows what a fresh element would show at the same time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { helsinkiDate, HELSINKI, parseLocal, toInstant } from '../feed/time/zoned-time.js';

const MINUTE = 60_000;

/** How a page may give the time: a Date, milliseconds, ISO 8601, or a Helsinki wall time "2026-10-01T12:00". */
export type GivenTime = Date | number | string | null | undefined;

/**
 * The times a page may give: the years 1000 to 9989, so that ten years of calendar ahead still
 * have four-digit years, as dates in the feed and in iCalendar do.
 */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9990, 0, 1);

/** The instant a `now` attribute or property gives, or undefined when it gives none that can be used. */
export function readInstant(now: GivenTime): number | undefined {
  let instant: number;
  if (now instanceof Date) instant = now.getTime();
  else if (typeof now === 'number') instant = now;
  else if (!now) return undefined;
  else {
    const wall = parseLocal(now);
    instant = wall === undefined ? Date.parse(now) : toInstant(wall, HELSINKI);
  }
  return instant >= EARLIEST && instant < LATEST ? instant : undefined;
}

export class Clock implements ReactiveController {
  private clock = Date.now();
  private timer?: ReturnType<typeof setTimeout>;
  /** The host's `now` as last read, so that an unusable one is named once. */
  private given: GivenTime;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly now?: GivenTime; readonly localName?: string },
    private readonly tick: 'minute' | 'day',
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { now } = this.host;
    if (now === this.given) return;
    this.given = now;
    if (now != null && now !== '' && readInstant(now) === undefined) {
      const shown = now instanceof Date ? now.toString() : String(now);
      console.warn(`[eroauttaminen] <${this.host.localName}> now="${shown}" is not a time from the year 1000 to 9989; the real time is used.`);
    }
  }

  /** The current instant: the page's `now`, else the real time to the minute. */
  get instant(): number {
    return readInstant(this.host.now) ?? Math.floor(this.clock / MINUTE) * MINUTE;
  }

  /** Today's date in Europe/Helsinki (YYYY-MM-DD). */
  get today(): string {
    return helsinkiDate(this.instant);
  }

  hostConnected(): void {
    this.read();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Reads the time, updates the host when what it shows may have changed, and waits for the next minute. */
  private read(): void {
    const before = this.key();
    this.clock = Date.now();
    if (this.key() !== before && readInstant(this.host.now) === undefined) this.host.requestUpdate();
    clearTimeout(this.timer);
    // A timer that fires a moment early finds the same minute and waits the rest of it.
    this.timer = setTimeout(() => this.read(), MINUTE - (this.clock % MINUTE));
  }

  private key(): string | number {
    return this.tick === 'minute' ? Math.floor(this.clock / MINUTE) : helsinkiDate(this.clock);
  }
}
