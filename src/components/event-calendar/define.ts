/** Registers <ero-event-calendar>; safe to load more than once. */
import { defineElement } from '../../internal/define.js';
import { EventCalendar } from './event-calendar.js';

defineElement('ero-event-calendar', EventCalendar);

export { EventCalendar };
