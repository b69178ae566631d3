/**
 * UI strings every component shares: feed states, contact labels and target groups. Finnish is
 * the reference; Swedish and English (in sv/ and en/, loaded on demand) must match its shape.
 * The labels of service types and channels are apart, in vocabulary.ts, since only
 * <ero-service-finder> shows them.
 */
import type { TargetGroup } from '../../feed/types.js';
import { Translations } from '../translations.js';

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

export const commonMessages = new Translations('the strings every feed component shares', fi, {
  sv: () => import('./sv/common.js'),
  en: () => import('./en/common.js'),
});
