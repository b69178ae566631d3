/** UI strings of <ero-contact-list> and of contacts shown inside other components. */
import { Translations } from '../translations.js';

const fi = {
  listLabel: 'Yhteystiedot',
  saveContact: 'Tallenna yhteystieto',
  saveContactOf: (name: string) => `Tallenna yhteystieto: ${name} (vCard)`,
  count: (n: number) => (n === 1 ? '1 yhteystieto' : `${n} yhteystietoa`),
  empty: 'Valinnoilla ei löytynyt yhteystietoja.',
};

export type ContactListMessages = typeof fi;

export const contactListMessages = new Translations('the contact cards', fi, {
  sv: () => import('./sv/contact-list.js'),
  en: () => import('./en/contact-list.js'),
});
