/** Registers <ero-service-finder>; safe to load more than once. */
import { defineElement } from '../../internal/define.js';
import { ServiceFinder } from './service-finder.js';

defineElement('ero-service-finder', ServiceFinder);

export { ServiceFinder };
