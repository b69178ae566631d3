/** UI strings of <ero-project-card> and <ero-project-list>. Finnish is the reference shape. */
import type { Material, SocialAccount } from '../../feed/types.js';
import type { ProjectStatus } from '../../components/project-card/status.js';
import type { Lang } from '../lang.js';

type MaterialType = Material['type'];
type Platform = SocialAccount['platform'];

const platforms: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  other: 'Sosiaalinen media',
};

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
  platforms,
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

const sv: ProjectMessages = {
  status: { upcoming: 'Kommande', ongoing: 'Pågående', ended: 'Avslutat' },
  statusLabel: 'Projektets status',
  organization: 'Huvudman',
  partners: 'Samarbetspartner',
  period: 'Projekttid',
  periodFrom: (start) => `från ${start}`,
  area: 'Verksamhetsområde',
  targetGroups: 'Målgrupper',
  funding: 'Finansiär',
  funderShare: (amount, percent) => `Finansieringsandel ${amount}${percent ? ` (${percent})` : ''}`,
  budget: 'Total budget',
  goals: 'Mål',
  contacts: 'Kontaktuppgifter',
  materials: 'Material',
  links: 'Mer information',
  social: 'Följ oss i sociala medier',
  materialTypes: {
    file: 'Fil',
    video: 'Video',
    blog: 'Blogginlägg',
    report: 'Rapport',
    presentation: 'Presentation',
    guide: 'Guide',
    web: 'Webbsida',
  },
  materialTypeWithFormat: (type, format) =>
    type === 'file' ? `${format}-fil` : `${sv.materialTypes[type]}, ${format}`,
  platforms: { ...platforms, other: 'Sociala medier' },
  external: '(extern webbplats)',
  showDetails: 'Visa uppgifter',
  hideDetails: 'Dölj uppgifter',
  detailsOf: (name) => `om projektet ${name}`,
  listLabel: 'Projekt',
  count: (n) => (n === 1 ? '1 projekt' : `${n} projekt`),
  shownOf: (shown, total) => `${shown} av ${total} projekt visas`,
  showMore: (n) => `Visa ${n} projekt till`,
  empty: 'Inga projekt hittades med dessa val.',
  notFound: 'Projektet finns inte i datakällan.',
  noProject: 'Inget projekt har valts.',
};

const en: ProjectMessages = {
  status: { upcoming: 'Upcoming', ongoing: 'Ongoing', ended: 'Ended' },
  statusLabel: 'Project status',
  organization: 'Run by',
  partners: 'Partners',
  period: 'Project period',
  periodFrom: (start) => `from ${start}`,
  area: 'Area',
  targetGroups: 'Target groups',
  funding: 'Funder',
  funderShare: (amount, percent) => `Funding share ${amount}${percent ? ` (${percent})` : ''}`,
  budget: 'Total budget',
  goals: 'Goals',
  contacts: 'Contacts',
  materials: 'Materials',
  links: 'More information',
  social: 'Follow on social media',
  materialTypes: {
    file: 'File',
    video: 'Video',
    blog: 'Blog post',
    report: 'Report',
    presentation: 'Presentation',
    guide: 'Guide',
    web: 'Web page',
  },
  materialTypeWithFormat: (type, format) =>
    type === 'file' ? `${format} file` : `${en.materialTypes[type]}, ${format}`,
  platforms: { ...platforms, other: 'Social media' },
  external: '(external site)',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  detailsOf: (name) => `of the project ${name}`,
  listLabel: 'Projects',
  count: (n) => (n === 1 ? '1 project' : `${n} projects`),
  shownOf: (shown, total) => `Showing ${shown} of ${total} projects`,
  showMore: (n) => (n === 1 ? 'Show 1 more project' : `Show ${n} more projects`),
  empty: 'No projects match these choices.',
  notFound: 'The project was not found in the data source.',
  noProject: 'No project has been chosen.',
};

export const projectMessages: Readonly<Record<Lang, ProjectMessages>> = { fi, sv, en };
