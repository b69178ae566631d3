import { expect } from '@open-wc/testing';
import { filterProjects, sortProjects, type ProjectFilter } from '../../src/components/project-list/filter.js';
import { FeedData } from '../../src/feed/feed-data.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed, Project } from '../../src/feed/types.js';

const TODAY = '2025-06-01';
let data: FeedData;

const ids = (filter: ProjectFilter, today = TODAY): string[] => filterProjects(data, filter, today).map((p) => p.id);

describe('filterProjects', () => {
  before(async () => {
    const feed = (await (await fetch('/test/fixtures/projects.json')).json()) as Feed;
    const parsed = parseFeed(feed);
    expect(parsed.issues).to.deep.equal([]);
    data = FeedData.merge([parsed]);
  });

  it('keeps every project without filters', () => {
    expect(ids({})).to.have.length(7);
  });

  it('matches an organisation that runs the project or is a partner in it', () => {
    expect(ids({ organizations: ['viola'] })).to.deep.equal(['turvassa', 'lape-etela-savo', 'tuleva']);
    expect(ids({ organizations: ['iso', 'socom'] })).to.deep.equal(['matkalla', 'valo']);
  });

  it('matches a region through the project\'s area, else its organisation\'s', () => {
    expect(ids({ region: '18' })).to.deep.equal(['matkalla']);
    // Vanhemmuus vahvaksi has no area of its own; Lapin ensi- ja turvakoti serves Lapland.
    expect(ids({ region: '19' })).to.deep.equal(['vanhemmuus-vahvaksi', 'pelkka-nimi']);
    // Mikkeli (491) is in Etelä-Savo.
    expect(ids({ region: '10' })).to.include('tuleva');
  });

  it('matches any of several target groups', () => {
    expect(ids({ targetGroups: ['close-ones'] })).to.deep.equal(['turvassa', 'tuleva']);
    expect(ids({ targetGroups: ['close-ones', 'professional'] })).to.deep.equal([
      'matkalla',
      'turvassa',
      'lape-etela-savo',
      'vanhemmuus-vahvaksi',
      'tuleva',
    ]);
  });

  it('matches statuses on the given day', () => {
    expect(ids({ statuses: ['ongoing'] })).to.deep.equal(['matkalla', 'pelkka-nimi']);
    expect(ids({ statuses: ['upcoming'] })).to.deep.equal(['tuleva']);
    expect(ids({ statuses: ['upcoming', 'ongoing'] })).to.deep.equal(['matkalla', 'tuleva', 'pelkka-nimi']);
    expect(ids({ statuses: ['ongoing'] }, '2027-01-01')).to.deep.equal(['tuleva', 'pelkka-nimi']);
  });

  it('matches funder text in any language, ignoring case, with comma-separated alternatives', () => {
    expect(ids({ funder: 'esr' })).to.deep.equal(['matkalla', 'valo']);
    expect(ids({ funder: 'ESF+' })).to.deep.equal(['matkalla']);
    expect(ids({ funder: 'uudistuva ja osaava' })).to.deep.equal(['matkalla']);
    expect(ids({ funder: 'Social- och hälsovårdsministeriet' })).to.deep.equal(['lape-etela-savo']);
    expect(ids({ funder: 'esr+, sosiaali- ja terveysministeriö' })).to.deep.equal(['matkalla', 'lape-etela-savo']);
    expect(ids({ funder: 'STEA' })).to.deep.equal([]);
  });

  it('combines filters', () => {
    expect(ids({ region: '10', statuses: ['ended'], targetGroups: ['professional'] })).to.deep.equal(['lape-etela-savo']);
  });
});

describe('sortProjects', () => {
  const project = (id: string, startDate: string, endDate?: string, name = id): Project => ({
    id,
    name: { fi: name, sv: `sv ${name}` },
    organization: 'o',
    startDate,
    endDate,
  });

  it('puts ongoing first, then upcoming, then ended', () => {
    const sorted = sortProjects(
      [project('ended', '2019-01-01', '2020-12-31'), project('upcoming', '2026-01-01'), project('ongoing', '2024-01-01', '2025-12-31')],
      TODAY,
      'fi',
    );
    expect(sorted.map((p) => p.id)).to.deep.equal(['ongoing', 'upcoming', 'ended']);
  });

  it('orders ongoing by newest start, upcoming by soonest start, ended by latest end', () => {
    const sorted = sortProjects(
      [
        project('ongoing-old', '2020-01-01'),
        project('ongoing-new', '2025-01-01', '2025-06-01'),
        project('upcoming-late', '2027-01-01'),
        project('upcoming-soon', '2025-06-02'),
        project('ended-long-ago', '2010-01-01', '2012-12-31'),
        project('ended-lately', '2018-01-01', '2025-05-31'),
      ],
      TODAY,
      'fi',
    );
    expect(sorted.map((p) => p.id)).to.deep.equal([
      'ongoing-new',
      'ongoing-old',
      'upcoming-soon',
      'upcoming-late',
      'ended-lately',
      'ended-long-ago',
    ]);
  });

  it('orders equal dates by name in the reader\'s language and collation', () => {
    const same = (id: string, name: string) => project(id, '2024-01-01', '2026-01-01', name);
    const fi = sortProjects([same('a', 'Ääni'), same('b', 'Öljy'), same('c', 'Zeta')], TODAY, 'fi');
    // Finnish sorts Å, Ä, Ö after Z.
    expect(fi.map((p) => p.id)).to.deep.equal(['c', 'a', 'b']);
  });
});
