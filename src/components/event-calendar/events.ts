/** The events that <ero-event-calendar> fires, declared in HTMLElementEventMap through EroEventMap. */
import { HELSINKI, isoInZone } from '../../feed/time/zoned-time.js';
import type { FeedEvent } from '../../feed/types.js';
import type { Entry } from './agenda.js';

export interface SelectedOccurrence {
  /** The original start, as a local time without offset ("2026-10-13T18:00:00"): RECURRENCE-ID. */
  readonly recurrenceId: string;
  /** Start and end as ISO 8601 with the Helsinki offset, e.g. "2026-10-13T18:00:00+03:00". */
  readonly start: string;
  readonly end: string;
  readonly cancelled: boolean;
}

export interface EventSelectDetail {
  /** The event as the feed publishes it. */
  readonly event: FeedEvent;
  readonly occurrence: SelectedOccurrence;
}

/** The detail of ero-event-select for an occurrence, its times with the Helsinki offset. */
export function eventSelectDetail({ event, occurrence }: Entry): EventSelectDetail {
  const { recurrenceId, start, end, cancelled } = occurrence;
  return { event, occurrence: { recurrenceId, start: isoInZone(start, HELSINKI), end: isoInZone(end, HELSINKI), cancelled } };
}

declare module '../../events.js' {
  interface EroEventMap {
    /** A person opens an occurrence's details; cancel it to show them your own way. */
    'ero-event-select': CustomEvent<EventSelectDetail>;
  }
}
