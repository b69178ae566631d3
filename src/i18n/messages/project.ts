/** UI strings of <ero-project-card> and <ero-project-list>. Finnish is the reference shape. */
import type { Material } from '../../feed/types.js';
import type { ProjectStatus } from '../../components/project-card/status.js';
import { Translations } from '../translations.js';

type MaterialType = Material['type'];

const fi = {
  status: { upcoming: 'Tulossa', ongoing: 'Käynnissä', ended: 'Päättynyt' } satisfies Record<ProjectStatus, string>,
  statusLabel: 'Hankkeen tila',
  organization: 'Toteuttaja',
  partners: 'Yhteistyökumppanit',
  period: 'Hankeaika',
  periodFrom: (start: string) => `${start} alkaen`,
  area: 'Toiminta-alue',
  targetGroups: 'Kohderyhmät',
  funding: 'Rahoittaja',
  funderShare: (amount: string, percent?: string) => `Rahoitusosuus ${amount}${percent ? ` (${percent})` : ''}`,
  budget: 'Kokonaisbudjetti',
  goals: 'Tavoitteet',
  contacts: 'Yhteystiedot',
  materials: 'Materiaalit',
  links: 'Lisätietoa',
  social: 'Seuraa somessa',
  materialTypes: {
    file: 'Tiedosto',
    video: 'Video',
    blog: 'Blogikirjoitus',
    report: 'Raportti',
    presentation: 'Esitys',
    guide: 'Opas',
    web: 'Verkkosivu',
  } satisfies Record<MaterialType, string>,
  /** A file in a named format reads as one word, "PDF-tiedosto"; other types add it: "Raportti, PDF". */
  materialTypeWithFormat: (type: MaterialType, format: string) =>
    type === 'file' ? `${format}-tiedosto` : `${fi.materialTypes[type]}, ${format}`,
  /** A social media account on a service without a name of its own (the others are named by their brands). */
  otherPlatform: 'Sosiaalinen media',
  external: '(ulkoinen sivusto)',
  showDetails: 'Näytä tiedot',
  hideDetails: 'Piilota tiedot',
  detailsOf: (name: string) => `hankkeesta ${name}`,
  listLabel: 'Hankkeet',
  count: (n: number) => (n === 1 ? '1 hanke' : `${n} hanketta`),
  shownOf: (shown: number, total: number) => `Näytetään ${shown}/${total} hanketta`,
  showMore: (n: number) => (n === 1 ? 'Näytä vielä 1 hanke' : `Näytä vielä ${n} hanketta`),
  empty: 'Valinnoilla ei löytynyt hankkeita.',
  notFound: 'Hanketta ei löytynyt tietolähteestä.',
  noProject: 'Näytettävää hanketta ei ole valittu.',
};

export type ProjectMessages = typeof fi;

export const projectMessages = new Translations('<ero-project-card> and <ero-project-list>', fi, {
  sv: () => import('./sv/project.js'),
  en: () => import('./en/project.js'),
});
