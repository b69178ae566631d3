/** Swedish UI strings of <ero-project-card> and <ero-project-list>, loaded when a page first shows Swedish. */
import type { ProjectMessages } from '../project.js';

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
  otherPlatform: 'Sociala medier',
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

export default sv;
