/**
 * `validate`'s checks of feed 1.1 services beyond the schema: a closure's status and end date
 * agree, each service channel has what its type needs, exceptional hours say either "closed" or
 * their times, and channel ids are unique within the service.
 */

type Json = Record<string, unknown>;

export interface ProblemSink {
  error(where: string, message: string, fix?: string): void;
  warn(where: string, message: string, fix?: string): void;
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The contact a channel of each type is reached by, and where it goes. */
const NEEDS: Readonly<Record<string, { field: string; what: string }>> = {
  'on-site': { field: 'address', what: 'an address' },
  phone: { field: 'phones', what: 'a phone number' },
  video: { field: 'urls', what: 'the address of the video meeting' },
  chat: { field: 'urls', what: 'the address of the chat' },
  web: { field: 'urls', what: 'a web address' },
  'e-service': { field: 'urls', what: 'the address of the e-service' },
};

/** Checks a service's status and closure, and each of its service channels. */
export function checkServiceChannels(service: Json, path: string, today: string, sink: ProblemSink): void {
  checkStatus(service, path, today, sink);
  const ids = new Map<string, number>();
  list(service.serviceChannels).forEach((channel, i) => {
    const at = `${path}.serviceChannels[${i}]`;
    if (typeof channel.id === 'string') {
      const first = ids.get(channel.id);
      if (first !== undefined) {
        sink.error(`${at}.id`, `channel id "${channel.id}" is also used by serviceChannels[${first}] of this service`, 'give each channel of a service its own id');
      } else ids.set(channel.id, i);
    }
    checkChannelContact(channel, at, sink);
    list(channel.exceptionalHours).forEach((exception, j) => checkException(exception, `${at}.exceptionalHours[${j}]`, sink));
  });
}

function checkStatus(service: Json, path: string, today: string, sink: ProblemSink): void {
  const { status, closedThrough } = service;
  if (status === 'temporarily-closed' && closedThrough === undefined) {
    sink.error(`${path}.closedThrough`, 'is required when "status" is "temporarily-closed"', 'give the last day of the closure as "closedThrough": "YYYY-MM-DD", or use "status": "inactive" if the service has ended');
  } else if (closedThrough !== undefined && status !== 'temporarily-closed') {
    sink.error(`${path}.closedThrough`, `is given, but "status" is ${status === undefined ? 'left out (active)' : `"${String(status)}"`}`, 'set "status": "temporarily-closed", or remove "closedThrough"');
  } else if (isDate(closedThrough) && closedThrough < today) {
    sink.warn(`${path}.closedThrough`, `the closure ended on ${closedThrough}, but the service is still marked temporarily closed`, 'remove "status" and "closedThrough" if the service is open again');
  }
}

function checkChannelContact(channel: Json, at: string, sink: ProblemSink): void {
  const need = typeof channel.type === 'string' ? NEEDS[channel.type] : undefined;
  if (!need) return; // the schema reports an unknown type
  const has = (field: string): boolean => channel[field] !== undefined && !(Array.isArray(channel[field]) && (channel[field] as unknown[]).length === 0);
  // A place to visit may be found by calling or writing to it (a group that gives its address on booking).
  const reachable = has(need.field) || (channel.type === 'on-site' && (has('phones') || has('emails')));
  if (!reachable) {
    sink.warn(`${at}.${need.field}`, `the ${String(channel.type)} channel has no ${need.field === 'address' ? 'address' : need.field}, so people cannot tell how to use it`, `add ${need.what}`);
  }
}

function checkException(exception: Json, at: string, sink: ProblemSink): void {
  const hasTimes = exception.opens !== undefined || exception.closes !== undefined;
  if (exception.closed === true && hasTimes) {
    sink.error(at, 'says both "closed": true and opening times', 'give "closed": true for a day without service, or "opens" and "closes" for other hours, not both');
  } else if (exception.closed === false && !hasTimes) {
    sink.error(at, 'says "closed": false but gives no hours', 'give "opens" and "closes", or use "closed": true');
  }
}
