/**
 * A feed of invented items with text at its longest, for the "long text" stories: names of about
 * 120 characters with long Finnish compounds, a 2,000-character description, and Swedish of
 * German length. Every item is marked as an example.
 */
import type { Feed, LocalizedText } from '../../src/feed/types.js';

/** Repeats `sentences` until the text is at least `length` characters. */
function atLeast(length: number, sentences: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; parts.join(' ').length < length; i++) parts.push(sentences[i % sentences.length]);
  return parts.join(' ');
}

const DESCRIPTION: LocalizedText = {
  fi: atLeast(2000, [
    'Lapsiperheiden eroauttamisen palvelukokonaisuuden kehittämisyhteistyö tukee vanhempia, joiden erotilanne on pitkittynyt tai kärjistynyt.',
    'Vanhemmat saavat perheasioidensovittelupalveluiden, lastenvalvojapalveluiden ja perheneuvolapalveluiden yhteistä neuvontaa ilman ajanvarausta.',
    'Lapsen ääni kuuluu jokaisessa vaiheessa: lapsi voi tavata lapsityöntekijän ennen vanhempien yhteistä tapaamista ja sen jälkeen.',
    'Ryhmätapaamiset järjestetään iltaisin kaupungintalon monitoimitilassa ja tarvittaessa etäyhteydellä koko hyvinvointialueen alueella.',
  ]),
  sv: atLeast(2000, [
    'Utvecklingssamarbetet för barnfamiljernas skilsmässohjälpstjänstehelhet stöder föräldrar vars separationssituation har dragit ut på tiden eller tillspetsats.',
    'Föräldrarna får gemensam rådgivning av familjerättsmedlingstjänsterna, barnatillsyningsmannatjänsterna och familjerådgivningsbyråtjänsterna utan tidsbokning.',
    'Barnets röst hörs i varje skede: barnet kan träffa en barnarbetare före och efter föräldrarnas gemensamma möte.',
  ]),
  en: atLeast(2000, [
    'The development cooperation for separation support for families with children supports parents whose separation has become prolonged or escalated.',
    'Parents receive joint advice from family mediation, child welfare officers and family counselling services without an appointment.',
    'The child\'s voice is heard at every stage: the child can meet a children\'s worker before and after the parents\' joint meeting.',
  ]),
};

const NAME: LocalizedText = {
  fi: 'Lapsiperheiden eroauttamisen palvelukokonaisuuden kehittämisyhteistyöhanke Etelä-Savon hyvinvointialueella 2025–2028',
  sv: 'Utvecklingssamarbetsprojektet för barnfamiljernas skilsmässohjälpstjänstehelhet i Södra Savolax välfärdsområde 2025–2028',
  en: 'Development cooperation project for separation-support services for families with children in South Savo, 2025–2028',
};

const ORGANIZATION = {
  fi: 'Etelä-Savon perheasioidensovittelu- ja lastenvalvojapalveluiden yhteistoiminta-alueen kuntayhtymä',
  sv: 'Samkommunen för familjerättsmedlings- och barnatillsyningsmannatjänsternas samarbetsområde i Södra Savolax',
};

export const LONG_TEXT_FEED: Feed = {
  version: '1.1',
  publisher: { name: { fi: 'Pitkien tekstien esimerkkisyöte', sv: 'Exempelflöde med långa texter', en: 'Sample feed with long texts' } },
  updated: '2026-09-01T12:00:00+03:00',
  organizations: [{ id: 'pitka-nimi', name: ORGANIZATION, kind: 'municipality', area: { regions: ['10'] }, example: true }],
  services: [
    {
      id: 'pitka-palvelu',
      name: NAME,
      organization: 'pitka-nimi',
      description: DESCRIPTION,
      types: ['counselling', 'mediation'],
      targetGroups: ['parent', 'child', 'close-ones'],
      channels: ['on-site', 'phone', 'video'],
      area: { municipalities: ['491'] },
      languages: ['fi', 'sv'],
      phone: '+358401234567',
      address: { locality: { fi: 'Mikkeli', sv: 'S:t Michel' }, municipality: '491' },
      free: true,
      example: true,
    },
  ],
  projects: [
    {
      id: 'pitka-hanke',
      name: NAME,
      organization: 'pitka-nimi',
      startDate: '2025-01-01',
      endDate: '2028-12-31',
      description: DESCRIPTION,
      goals: [
        {
          fi: 'Perheasioidensovittelupalveluiden ja lastenvalvojapalveluiden yhteistyökäytännöt vakiintuvat koko hyvinvointialueella.',
          sv: 'Samarbetspraxisen mellan familjerättsmedlingstjänsterna och barnatillsyningsmannatjänsterna etableras i hela välfärdsområdet.',
        },
      ],
      targetGroups: ['parent', 'child', 'professional'],
      area: { regions: ['10'] },
      example: true,
    },
  ],
  contacts: [
    {
      id: 'pitka-yhteyshenkilo',
      name: 'Anna-Kaisa Hämäläinen-Väisänen-Korhonen',
      title: {
        fi: 'perheasioidensovittelupalveluiden kehittämispäällikkö ja lapsiperheiden eroauttamisen palvelukokonaisuuden hankekoordinaattori',
        sv: 'utvecklingschef för familjerättsmedlingstjänsterna och projektkoordinator för barnfamiljernas skilsmässohjälpstjänstehelhet',
      },
      organization: 'pitka-nimi',
      projects: ['pitka-hanke'],
      email: 'anna-kaisa.hamalainen-vaisanen-korhonen@perheasioidensovittelu.example.fi',
      phone: '+358401234567',
      area: { regions: ['10'] },
      example: true,
    },
  ],
  events: [
    {
      id: 'pitka-tapahtuma',
      name: NAME,
      description: DESCRIPTION,
      kind: 'peer-group',
      organizer: 'pitka-nimi',
      targetGroups: ['parent', 'close-ones'],
      attendance: 'on-site',
      location: { name: ORGANIZATION, locality: { fi: 'Mikkeli', sv: 'S:t Michel' }, municipality: '491' },
      start: '2026-10-08T17:00',
      end: '2026-10-08T19:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=6',
      registration: { required: true, capacity: 12, registered: 4 },
      example: true,
    },
  ],
};
