/** Registers <ero-contact-list>; safe to load more than once. */
import { defineElement } from '../../internal/define.js';
import { ContactList } from './contact-list.js';

defineElement('ero-contact-list', ContactList);

export { ContactList };
