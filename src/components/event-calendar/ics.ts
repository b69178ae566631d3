/** The iCalendar syntax the calendar writes; it lives in the feed's domain layer, shared with `export ics`. */
export { dates, escapeText, icsFile, icsFileName, text, vtimezone, zoned, basicLocal, type CalendarProperties } from '../../feed/ics/syntax.js';
