import { expect } from '@open-wc/testing';
import { helsinkiDate, projectStatus } from '../../src/components/project-card/status.js';

const matkalla = { startDate: '2024-08-01', endDate: '2026-12-31' };

describe('projectStatus', () => {
  it('is upcoming until the day before the start', () => {
    expect(projectStatus(matkalla, '2024-07-31')).to.equal('upcoming');
    expect(projectStatus(matkalla, '2023-12-31')).to.equal('upcoming');
  });

  it('is ongoing on the start day', () => {
    expect(projectStatus(matkalla, '2024-08-01')).to.equal('ongoing');
  });

  it('is still ongoing on the end day', () => {
    expect(projectStatus(matkalla, '2026-12-31')).to.equal('ongoing');
  });

  it('has ended on the day after the end day', () => {
    expect(projectStatus(matkalla, '2027-01-01')).to.equal('ended');
  });

  it('is ongoing on the only day of a one-day project', () => {
    const oneDay = { startDate: '2026-05-20', endDate: '2026-05-20' };
    expect(projectStatus(oneDay, '2026-05-19')).to.equal('upcoming');
    expect(projectStatus(oneDay, '2026-05-20')).to.equal('ongoing');
    expect(projectStatus(oneDay, '2026-05-21')).to.equal('ended');
  });

  it('stays ongoing without an end date once started', () => {
    const open = { startDate: '2020-01-01' };
    expect(projectStatus(open, '2019-12-31')).to.equal('upcoming');
    expect(projectStatus(open, '2020-01-01')).to.equal('ongoing');
    expect(projectStatus(open, '2099-12-31')).to.equal('ongoing');
  });
});

describe('helsinkiDate', () => {
  it('is already the next day in Helsinki while UTC is still on the end day (winter, +02:00)', () => {
    // 31.12.2026 22:30 UTC is 1.1.2027 00:30 in Helsinki: the project has ended there.
    const instant = Date.UTC(2026, 11, 31, 22, 30);
    expect(new Date(instant).toISOString().slice(0, 10)).to.equal('2026-12-31');
    expect(helsinkiDate(instant)).to.equal('2027-01-01');
    expect(projectStatus(matkalla, helsinkiDate(instant))).to.equal('ended');
  });

  it('turns to the start day at midnight Helsinki summer time (+03:00)', () => {
    expect(helsinkiDate(Date.UTC(2024, 6, 31, 20, 59))).to.equal('2024-07-31');
    expect(helsinkiDate(Date.UTC(2024, 6, 31, 21, 0))).to.equal('2024-08-01');
    expect(projectStatus(matkalla, helsinkiDate(Date.UTC(2024, 6, 31, 21, 0)))).to.equal('ongoing');
  });

  it('accepts a Date', () => {
    expect(helsinkiDate(new Date('2026-03-29T00:30:00Z'))).to.equal('2026-03-29');
  });
});
