/** English UI strings of the contact cards, loaded when a page first shows English. */
import type { ContactListMessages } from '../contact-list.js';

const en: ContactListMessages = {
  listLabel: 'Contacts',
  saveContact: 'Save contact',
  saveContactOf: (name) => `Save contact: ${name} (vCard)`,
  count: (n) => (n === 1 ? '1 contact' : `${n} contacts`),
  empty: 'No contacts match these choices.',
};

export default en;
