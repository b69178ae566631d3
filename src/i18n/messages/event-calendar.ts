/** UI strings of <ero-event-calendar> and of the .ics files it writes. */
import type { OnlineLocation } from '../../feed/types.js';
import { Translations } from '../translations.js';

type Platform = NonNullable<OnlineLocation['platform']>;

const fi = {
  listLabel: 'Tapahtumat',
  count: (n: number) => (n === 1 ? '1 tapahtuma' : `${n} tapahtumaa`),
  shownOf: (shown: number, total: number) => `Näytetään ${shown}/${total} tapahtumaa`,
  empty: 'Tulevia tapahtumia ei löytynyt näillä valinnoilla.',
  emptyMonth: 'Tässä kuussa ei ole tapahtumia näillä valinnoilla.',
  /** When the visitor has chosen nothing in the menus. */
  noUpcoming: 'Tulevia tapahtumia ei ole.',
  noneThisMonth: 'Tässä kuussa ei ole tapahtumia.',
  showMore: 'Näytä lisää tapahtumia',
  view: 'Näkymä',
  viewList: 'Lista',
  viewMonth: 'Kuukausi',
  previousMonth: 'Edellinen kuukausi',
  nextMonth: 'Seuraava kuukausi',
  filters: 'Rajaa tapahtumia',
  all: 'Kaikki',
  forWhom: 'Kenelle',
  attendance: 'Osallistumistapa',
  online: 'Verkossa',
  onSite: 'Paikan päällä',
  municipality: 'Kunta',
  organizer: 'Järjestäjä',
  when: 'Aika',
  where: 'Paikka',
  registration: 'Ilmoittautuminen',
  platforms: {
    video: 'videoyhteys',
    chat: 'chat',
    phone: 'puhelin',
    'facebook-live': 'Facebook-live',
    web: 'verkkosivu',
    other: '',
  } satisfies Record<Platform, string>,
  joinOnline: 'Liity verkossa',
  /** A date and a time (or a span of times) on it. */
  at: (date: string, time: string) => `${date} klo ${time}`,
  status: {
    'not-required': 'Ei ennakkoilmoittautumista',
    open: 'Ilmoittautuminen auki',
    full: 'Täynnä',
    closed: 'Ilmoittautuminen on päättynyt',
    'not-yet-open': 'Ilmoittautuminen ei ole vielä alkanut',
  },
  opens: (date: string) => `alkaa ${date}`,
  deadline: (date: string) => `viimeistään ${date}`,
  seatsLeft: (n: number) => (n === 1 ? '1 paikka jäljellä' : `${n} paikkaa jäljellä`),
  register: 'Ilmoittaudu',
  details: 'Lisätietoja',
  addToCalendar: 'Lisää kalenteriin',
  downloadAll: 'Lataa kaikki kalenteriin (.ics)',
  subscribe: 'Tilaa kalenteri',
  subscribeAddress: 'Kalenterin osoite (.ics)',
  cancelled: 'Peruttu',
  moved: 'Aika muuttunut',
  calendarName: 'Eroauttamisen tapahtumat',
};

export type EventCalendarMessages = typeof fi;

export const eventCalendarMessages = new Translations('<ero-event-calendar> and its .ics files', fi, {
  sv: () => import('./sv/event-calendar.js'),
  en: () => import('./en/event-calendar.js'),
});
