/** UI strings of <ero-contact-list> and of contacts shown inside other components. */
import type { Lang } from '../lang.js';

const fi = {
  listLabel: 'Yhteystiedot',
  saveContact: 'Tallenna yhteystieto',
  saveContactOf: (name: string) => `Tallenna yhteystieto: ${name} (vCard)`,
  count: (n: number) => (n === 1 ? '1 yhteystieto' : `${n} yhteystietoa`),
  empty: 'Valinnoilla ei löytynyt yhteystietoja.',
};

export type ContactListMessages = typeof fi;

const sv: ContactListMessages = {
  listLabel: 'Kontaktuppgifter',
  saveContact: 'Spara kontakten',
  saveContactOf: (name) => `Spara kontakten: ${name} (vCard)`,
  count: (n) => (n === 1 ? '1 kontakt' : `${n} kontakter`),
  empty: 'Inga kontaktuppgifter hittades med dessa val.',
};

const en: ContactListMessages = {
  listLabel: 'Contacts',
  saveContact: 'Save contact',
  saveContactOf: (name) => `Save contact: ${name} (vCard)`,
  count: (n) => (n === 1 ? '1 contact' : `${n} contacts`),
  empty: 'No contacts match these choices.',
};

export const contactListMessages: Readonly<Record<Lang, ContactListMessages>> = { fi, sv, en };
