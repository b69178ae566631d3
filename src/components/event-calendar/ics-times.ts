/** An event's times in iCalendar; they live in the feed's domain layer, shared with `export ics`. */
export { irregularInstances, masterTimes, occurrenceTimes, recurrenceId } from '../../feed/ics/times.js';
