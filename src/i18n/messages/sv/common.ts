/** Swedish UI strings of the strings every feed component shares, loaded when a page first shows Swedish. */
import type { CommonMessages } from '../common.js';

const sv: CommonMessages = {
  loading: 'Uppgifterna laddas…',
  errorTitle: 'Uppgifterna kunde inte visas',
  errorBody: 'Det gick inte att ladda uppgifterna. Försök igen om en stund.',
  errorVersion: 'Datakällan har ett nyare format än den här sidan kan läsa.',
  errorConfig: 'Ingen datakälla har angetts.',
  retry: 'Försök igen',
  stale: (updated) => `Förbindelsen fungerar inte just nu. Sparade uppgifter visas (uppdaterade ${updated}).`,
  updated: (updated) => `Uppgifterna uppdaterade ${updated}`,
  itemsHidden: (count) =>
    count === 1 ? 'En post kunde inte visas på grund av felaktiga uppgifter.' : `${count} poster utelämnades på grund av felaktiga uppgifter.`,
  exampleData: 'Exempeluppgift',
  exampleDataHint: 'Det här är ett påhittat exempel, inte ett verkligt evenemang eller en verklig tjänst.',
  phone: 'Telefon',
  email: 'E-post',
  website: 'Webbplats',
  opensInNewWindow: '(öppnas i ett nytt fönster)',
  wholeCountry: 'Hela Finland',
  targetGroups: {
    child: 'Barn vars föräldrar skiljer sig',
    parent: 'Föräldrar som skiljer sig',
    'close-ones': 'Personer som står barnet nära',
    professional: 'Yrkesverksamma',
  },
  targetGroupsShort: {
    child: 'Barn',
    parent: 'Föräldrar',
    'close-ones': 'Närstående',
    professional: 'Yrkesverksamma',
  },
};

export default sv;
