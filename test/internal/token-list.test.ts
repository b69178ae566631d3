import { expect } from '@open-wc/testing';
import { knownTokens, tokens, warnUnknownTokens } from '../../src/internal/token-list.js';

/** Runs `action` and returns what it wrote with console.warn. */
function warningsOf(action: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('token list attributes', () => {
  it('reads values separated by spaces, commas or both', () => {
    expect(tokens('child parent')).to.deep.equal(['child', 'parent']);
    expect(tokens('org-a,org-b')).to.deep.equal(['org-a', 'org-b']);
    expect(tokens(' child ,  parent\n professional ')).to.deep.equal(['child', 'parent', 'professional']);
  });

  it('has no values when the attribute is empty or missing', () => {
    expect(tokens('')).to.deep.equal([]);
    expect(tokens(' , ')).to.deep.equal([]);
    expect(tokens(null)).to.deep.equal([]);
    expect(tokens(undefined)).to.deep.equal([]);
  });

  it('keeps the known values in order, by a list or a test', () => {
    expect(knownTokens('parent fax child', ['child', 'parent'])).to.deep.equal(['parent', 'child']);
    expect(knownTokens('491 x 091', (v) => /^\d{3}$/.test(v))).to.deep.equal(['491', '091']);
  });

  it('warns with the element, the attribute and each unknown value', () => {
    const warnings = warningsOf(() => warnUnknownTokens('ero-event-calendar', 'attendance', 'online, hybrid', ['online', 'on-site']));
    expect(warnings).to.deep.equal(['[eroauttaminen] <ero-event-calendar> attendance="online, hybrid": "hybrid" is not a known value (online, on-site); ignored.']);
  });

  it('names several unknown values in one warning', () => {
    const warnings = warningsOf(() => warnUnknownTokens('ero-project-list', 'status', 'done gone', ['ongoing']));
    expect(warnings).to.deep.equal(['[eroauttaminen] <ero-project-list> status="done gone": "done", "gone" are not known values (ongoing); ignored.']);
  });

  it('says nothing when every value is known', () => {
    expect(warningsOf(() => warnUnknownTokens('ero-project-list', 'status', 'ongoing', ['ongoing']))).to.deep.equal([]);
  });
});

describe('token list attributes in the calendar', () => {
  it('warns about an unknown target group or attendance and shows what the known values select', async () => {
    const { mount, settled } = await import('../helpers/mount.js');
    const { feedUrl } = await import('../helpers/feed-server.js');
    await import('../../src/components/event-calendar/define.js');
    const { EventCalendarHarness } = await import('../helpers/event-calendar-harness.js');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    let names: string[] = [];
    try {
      const mounted = await mount('ero-event-calendar', {
        src: feedUrl({ file: 'test/fixtures/events.json', key: 'token-list-calendar' }),
        now: '2026-10-01T12:00',
        'target-group': 'kids parent',
        attendance: 'hybrid',
        'page-size': '0',
      });
      await settled(mounted);
      names = new EventCalendarHarness(mounted.el).names();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.include('[eroauttaminen] <ero-event-calendar> target-group="kids parent": "kids" is not a known value (child, parent, close-ones, professional); ignored.');
    expect(warnings).to.include('[eroauttaminen] <ero-event-calendar> attendance="hybrid": "hybrid" is not a known value (online, on-site); ignored.');
    // As if the page had said target-group="parent" and no attendance.
    const parents = await mount('ero-event-calendar', {
      src: feedUrl({ file: 'test/fixtures/events.json', key: 'token-list-calendar' }),
      now: '2026-10-01T12:00',
      'target-group': 'parent',
      'page-size': '0',
    });
    await settled(parents);
    expect(names).to.have.length.above(0);
    expect(names).to.deep.equal(new EventCalendarHarness(parents.el).names());
  });
});
