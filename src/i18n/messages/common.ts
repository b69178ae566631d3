/**
 * UI strings every component shares: feed states, contact labels and target groups. Finnish is
 * the reference; Swedish and English must match its shape. The labels of service types and
 * channels are apart, in vocabulary.ts, since only <ero-service-finder> shows them.
 */
import type { TargetGroup } from '../../feed/types.js';
import type { Lang } from '../lang.js';

const fi = {
  loading: 'Ladataan tietoja…',
  errorTitle: 'Tietoja ei voitu näyttää',
  errorBody: 'Tietojen lataaminen epäonnistui. Yritä hetken kuluttua uudelleen.',
  errorVersion: 'Tietolähde on uudempaa muotoa kuin tämä sivu osaa lukea.',
  errorConfig: 'Tietolähdettä ei ole määritelty.',
  retry: 'Yritä uudelleen',
  stale: (updated: string) => `Yhteys ei juuri nyt toimi. Näytetään tallennetut tiedot (päivitetty ${updated}).`,
  updated: (updated: string) => `Tiedot päivitetty ${updated}`,
  itemsHidden: (count: number) =>
    count === 1 ? 'Yhtä kohdetta ei voitu näyttää virheellisten tietojen vuoksi.' : `${count} kohdetta jätettiin pois virheellisten tietojen vuoksi.`,
  exampleData: 'Esimerkkitieto',
  exampleDataHint: 'Tämä kohde on keksitty esimerkki, ei todellinen tapahtuma tai palvelu.',
  phone: 'Puhelin',
  email: 'Sähköposti',
  website: 'Verkkosivu',
  opensInNewWindow: '(avautuu uuteen ikkunaan)',
  wholeCountry: 'Koko Suomi',
  targetGroups: {
    child: 'Lapset, joiden vanhemmat eroavat',
    parent: 'Eroavat vanhemmat',
    'close-ones': 'Lapselle läheiset ihmiset',
    professional: 'Ammattilaiset',
  } satisfies Record<TargetGroup, string>,
  targetGroupsShort: {
    child: 'Lapset',
    parent: 'Vanhemmat',
    'close-ones': 'Läheiset',
    professional: 'Ammattilaiset',
  } satisfies Record<TargetGroup, string>,
};

export type CommonMessages = typeof fi;

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

const en: CommonMessages = {
  loading: 'Loading…',
  errorTitle: 'The information could not be shown',
  errorBody: 'Loading the information failed. Please try again in a moment.',
  errorVersion: 'The data source uses a newer format than this page can read.',
  errorConfig: 'No data source has been set.',
  retry: 'Try again',
  stale: (updated) => `The connection is not working right now. Showing saved information (updated ${updated}).`,
  updated: (updated) => `Information updated ${updated}`,
  itemsHidden: (count) =>
    count === 1 ? 'One item could not be shown because its information is faulty.' : `${count} items were left out because their information is faulty.`,
  exampleData: 'Example',
  exampleDataHint: 'This item is an invented example, not a real event or service.',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  opensInNewWindow: '(opens in a new window)',
  wholeCountry: 'All of Finland',
  targetGroups: {
    child: 'Children whose parents are separating',
    parent: 'Separating parents',
    'close-ones': 'People close to the child',
    professional: 'Professionals',
  },
  targetGroupsShort: {
    child: 'Children',
    parent: 'Parents',
    'close-ones': 'Close ones',
    professional: 'Professionals',
  },
};

export const commonMessages: Readonly<Record<Lang, CommonMessages>> = { fi, sv, en };
