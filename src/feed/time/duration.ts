/**
 * Event lengths: ISO 8601 durations as the feed gives them (PT1H30M, P3D) and as iCalendar
 * writes them. A length is wall-clock time: P1D is one calendar day, DST or not. Pure logic.
 */
import { DAY } from './zoned-time.js';

const DURATION = /^P(?=[0-9T])(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$/;

/** "PT1H30M" → 5 400 000 ms; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return (weeks * 7 + days) * DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

/** "P1DT2H30M": a length as an iCalendar DURATION. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const [days, hours, minutes, rest] = [Math.floor(seconds / 86_400), Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60];
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : time || days ? '' : 'T0S'}`;
}
