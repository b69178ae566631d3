/**
 * Times of one iCalendar file as the feed's wall times: each TZID read once as an IANA zone
 * (a guess or an unknown name is a warning, once per file), UTC and floating times placed, and
 * any time written as the wall time of the event's own zone.
 */
import type { IcsComponent, IcsTime } from '../feed/ics/read.js';
import { readZone } from '../feed/ics/zones.js';
import { dateKey, localKey, toInstant, toWall, type WallTime } from '../feed/time/zoned-time.js';
import type { FeedBuilder } from './feed-builder.js';

export class IcsClock {
  private readonly zones = new Map<string, string>();
  private floatingWarned = false;

  constructor(
    private readonly source: string,
    private readonly builder: FeedBuilder,
    private readonly vtimezones: ReadonlyMap<string, IcsComponent>,
    /** The zone of floating times: the calendar's X-WR-TIMEZONE, else Europe/Helsinki. */
    readonly defaultZone: string,
  ) {}

  /** The IANA zone of a TZID; a guess, or the default for an unknown name, is warned about once. */
  zoneOf(tzid: string, line: number, near: number): string {
    let zone = this.zones.get(tzid);
    if (zone !== undefined) return zone;
    const reading = readZone(tzid, this.vtimezones.get(tzid), near);
    const at = { source: this.source, where: `line ${line}` };
    if (!reading) {
      this.builder.warn(at, `the time zone "${tzid}" is neither an IANA nor a Windows zone name and the file has no VTIMEZONE for it that matches one, so its times were read as ${this.defaultZone}`, 'check the times of these events, or export the calendar again with its time zones');
    } else if (reading.guess) {
      this.builder.warn(at, `the time zone "${tzid}" was read as ${reading.zone}, because ${reading.guess}`, 'check the times of these events');
    }
    zone = reading?.zone ?? this.defaultZone;
    this.zones.set(tzid, zone);
    return zone;
  }

  /** The zone a time is written in: its TZID's, UTC, or the default for floating times and days. */
  zoneOfTime(time: IcsTime, line: number): string {
    if (time.kind === 'zoned') return this.zoneOf(time.tzid, line, time.wall);
    if (time.kind === 'utc') return 'UTC';
    if (time.kind === 'floating' && !this.floatingWarned) {
      this.floatingWarned = true;
      this.builder.warn({ source: this.source, where: `line ${line}` }, `times without a time zone (floating) were read as ${this.defaultZone}`, 'check the times, or export the calendar with its time zone');
    }
    return this.defaultZone;
  }

  /** The instant a time names (a day: its midnight in the default zone). */
  instant(time: IcsTime, line: number): number {
    return time.kind === 'utc' ? time.instant : toInstant(time.wall, this.zoneOfTime(time, line));
  }

  /** The wall time in `zone` that a time names; a day stays its day. */
  wallIn(time: IcsTime, zone: string, line: number): WallTime {
    if (time.kind === 'date') return time.wall;
    if (time.kind !== 'utc' && this.zoneOfTime(time, line) === zone) return time.wall;
    return toWall(this.instant(time, line), zone);
  }
}

/** A wall time as the feed writes it: "2026-10-06T18:00", seconds only when there are any. */
export function feedTime(wall: WallTime, allDay: boolean): string {
  if (allDay) return dateKey(wall);
  const key = localKey(wall);
  return key.endsWith(':00') ? key.slice(0, 16) : key;
}
