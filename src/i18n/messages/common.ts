/**
 * UI strings every component shares: feed states and the vocabularies (target groups,
 * service types, channels). Finnish is the reference; Swedish and English must match its shape.
 */
import type { Channel, ServiceType, TargetGroup } from '../../feed/types.js';
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
  serviceTypes: {
    counselling: 'Neuvonta ja ohjaus',
    'peer-support': 'Vertaistuki',
    mediation: 'Perheasioiden sovittelu',
    'child-custody-officer': 'Lastenvalvoja',
    'family-work': 'Perhetyö',
    crisis: 'Kriisiapu',
    shelter: 'Turvakoti',
    chat: 'Chat',
    'supervised-meetings': 'Valvotut tapaamiset',
    therapy: 'Terapia',
    'legal-aid': 'Oikeusapu',
    information: 'Tietoa ja materiaalit',
  } satisfies Record<ServiceType, string>,
  channels: {
    'on-site': 'Paikan päällä',
    phone: 'Puhelin',
    video: 'Video',
    chat: 'Chat',
    web: 'Verkossa',
  } satisfies Record<Channel, string>,
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
  serviceTypes: {
    counselling: 'Rådgivning och handledning',
    'peer-support': 'Kamratstöd',
    mediation: 'Medling i familjeärenden',
    'child-custody-officer': 'Barnatillsyningsman',
    'family-work': 'Familjearbete',
    crisis: 'Krishjälp',
    shelter: 'Skyddshem',
    chat: 'Chatt',
    'supervised-meetings': 'Övervakade umgängen',
    therapy: 'Terapi',
    'legal-aid': 'Rättshjälp',
    information: 'Information och material',
  },
  channels: {
    'on-site': 'På plats',
    phone: 'Telefon',
    video: 'Video',
    chat: 'Chatt',
    web: 'På webben',
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
  serviceTypes: {
    counselling: 'Counselling and guidance',
    'peer-support': 'Peer support',
    mediation: 'Family mediation',
    'child-custody-officer': 'Child welfare officer',
    'family-work': 'Family work',
    crisis: 'Crisis help',
    shelter: 'Shelter',
    chat: 'Chat',
    'supervised-meetings': 'Supervised meetings',
    therapy: 'Therapy',
    'legal-aid': 'Legal aid',
    information: 'Information and materials',
  },
  channels: {
    'on-site': 'In person',
    phone: 'Phone',
    video: 'Video',
    chat: 'Chat',
    web: 'Online',
  },
};

export const commonMessages: Readonly<Record<Lang, CommonMessages>> = { fi, sv, en };
