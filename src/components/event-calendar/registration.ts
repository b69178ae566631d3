/**
 * Whether people can register for an occurrence at a given instant. The publisher's explicit
 * status wins; otherwise the deadline, the start, the seats and the opening time decide.
 * Pure logic: no DOM.
 */
import type { Registration } from '../../feed/types.js';
import { parseLocal, toInstant } from '../../feed/time/zoned-time.js';

export type RegistrationStatus = 'not-required' | 'not-yet-open' | 'open' | 'full' | 'closed';

export interface RegistrationState {
  readonly status: RegistrationStatus;
  /** When registration closes (instant), if the feed says. */
  readonly deadline?: number;
  /** When registration opens (instant), if the feed says. */
  readonly opens?: number;
  /** Seats left, when capacity and the number registered are both known. */
  readonly seatsLeft?: number;
}

function instant(local: string | undefined, zone: string): number | undefined {
  const wall = local ? parseLocal(local) : undefined;
  return wall === undefined ? undefined : toInstant(wall, zone);
}

/**
 * The registration state of an occurrence that starts at `start`, as of `now` (both instants).
 * `zone` is the event's time zone, in which `opens` and `deadline` are read.
 */
export function registrationState(
  registration: Registration | undefined,
  start: number,
  now: number,
  zone: string,
): RegistrationState {
  if (!registration || registration.required === false) return { status: 'not-required' };
  const deadline = instant(registration.deadline, zone);
  const opens = instant(registration.opens, zone);
  const { capacity, registered } = registration;
  const seatsLeft = capacity !== undefined && registered !== undefined ? Math.max(0, capacity - registered) : undefined;
  const base = { deadline, opens, seatsLeft };
  if (registration.status) return { ...base, status: registration.status };
  if ((deadline !== undefined && now > deadline) || now >= start) return { ...base, status: 'closed' };
  if (seatsLeft === 0) return { ...base, status: 'full' };
  if (opens !== undefined && now < opens) return { ...base, status: 'not-yet-open' };
  return { ...base, status: 'open' };
}
