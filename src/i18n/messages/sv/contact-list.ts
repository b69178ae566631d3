/** Swedish UI strings of the contact cards, loaded when a page first shows Swedish. */
import type { ContactListMessages } from '../contact-list.js';

const sv: ContactListMessages = {
  listLabel: 'Kontaktuppgifter',
  saveContact: 'Spara kontakten',
  saveContactOf: (name) => `Spara kontakten: ${name} (vCard)`,
  count: (n) => (n === 1 ? '1 kontakt' : `${n} kontakter`),
  empty: 'Inga kontaktuppgifter hittades med dessa val.',
};

export default sv;
