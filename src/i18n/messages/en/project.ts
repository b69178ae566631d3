/** English UI strings of <ero-project-card> and <ero-project-list>, loaded when a page first shows English. */
import type { ProjectMessages } from '../project.js';

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
  otherPlatform: 'Social media',
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

export default en;
