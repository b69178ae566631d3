/**
 * schema.org JSON-LD for search engines: one `<script type="application/ld+json">` in each feed
 * component's light DOM, describing what its attributes select, in its language; gone with
 * `no-json-ld` or with the element, replaced (never duplicated) when the feed changes, safe from
 * `</script>` in feed text and allowed under a strict CSP with Trusted Types.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { Feed } from '../../src/feed/types.js';
import { writeJsonLd } from '../../src/internal/json-ld.js';
import { ContactListHarness } from '../helpers/contact-list-harness.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { kitElements, loadPage } from '../helpers/frames.js';
import { afterIdle, mount, settled } from '../helpers/mount.js';
import { ProjectHarness } from '../helpers/project-harness.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';
import { ran, withText } from '../helpers/xss-corpus.js';
import type { ContactList } from '../../src/components/contact-list/contact-list.js';
import type { EventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import type { ServiceFinder } from '../../src/components/service-finder/service-finder.js';
import '../../src/index.js';

interface Node {
  '@type': string;
  name?: string;
  [key: string]: unknown;
}

/** The element's JSON-LD scripts (children of the host, where crawlers look). */
const scripts = (el: Element): HTMLScriptElement[] =>
  [...el.children].filter((c): c is HTMLScriptElement => c.localName === 'script' && (c as HTMLScriptElement).type === 'application/ld+json');

/** The nodes of the element's one JSON-LD script. */
function graph(el: Element): Node[] {
  const found = scripts(el);
  expect(found, 'one JSON-LD script').to.have.length(1);
  const json = JSON.parse(found[0].text) as { '@context': string; '@graph': Node[] };
  expect(json['@context']).to.equal('https://schema.org');
  return json['@graph'];
}

let sample: Feed;

async function show(tag: keyof HTMLElementTagNameMap, attributes: Record<string, string>, feed = sample): Promise<LitElement> {
  const mounted = await mount(tag, attributes, (el) => ((el as unknown as { feed: Feed }).feed = feed));
  await settled(mounted);
  await afterIdle();
  return mounted.el;
}

describe('JSON-LD for search engines', () => {
  before(async () => {
    sample = (await (await fetch('/demo/feeds/sample.json')).json()) as Feed;
  });

  it('<ero-contact-list> describes each contact it shows as a Person working for an Organization', async () => {
    const el = await show('ero-contact-list', { organization: 'viola' });
    const nodes = graph(el);
    const shown = new ContactListHarness(el as ContactList).names();
    expect(nodes.map((n) => n['@type'])).to.deep.equal(shown.map(() => 'Person'));
    expect(nodes.map((n) => n.name)).to.deep.equal(shown);
    expect((nodes[0].worksFor as Node)['@type']).to.equal('Organization');
  });

  it('<ero-project-card> describes its project as a Project, the other projects not at all', async () => {
    const el = await show('ero-project-card', { project: 'lape-etela-savo', today: '2025-06-01' });
    const [project, ...rest] = graph(el);
    expect(rest).to.deep.equal([]);
    expect(project['@type']).to.equal('Project');
    expect(project.name).to.equal(new ProjectHarness(el as never).names()[0]);
    expect(project.foundingDate).to.match(/^\d{4}-\d\d-\d\d$/);
  });

  it('<ero-project-list> describes the projects its attributes select', async () => {
    const el = await show('ero-project-list', { organization: 'iso', layout: 'full', today: '2025-06-01' });
    const names = new ProjectHarness(el as never).names();
    expect(names.length).to.be.greaterThan(0);
    expect(graph(el).map((n) => [n['@type'], n.name])).to.deep.equal(names.map((name) => ['Project', name]));
  });

  it('<ero-event-calendar> describes each coming event once, a recurring one with its Schedule in Helsinki time', async () => {
    const el = await show('ero-event-calendar', { now: '2026-10-01T12:00', organizer: 'viola' });
    const nodes = graph(el);
    const shown = new Set(new EventCalendarHarness(el as EventCalendar).names());
    expect(nodes.every((n) => n['@type'] === 'Event')).to.equal(true);
    expect(new Set(nodes.map((n) => n.name))).to.deep.equal(shown);
    const recurring = nodes.find((n) => n.eventSchedule)!;
    expect(recurring.eventSchedule).to.include({ '@type': 'Schedule', scheduleTimezone: 'Europe/Helsinki', repeatFrequency: 'P1W' });
    expect(recurring.startDate).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[23]:00$/);
    expect(String(recurring.eventAttendanceMode)).to.match(/^https:\/\/schema\.org\/(Online|Offline|Mixed)EventAttendanceMode$/);
  });

  it('<ero-service-finder> describes the services its pinned municipality selects, not what a visitor searches', async () => {
    const el = await show('ero-service-finder', { municipality: '491', now: '2026-11-23T10:00:00+02:00', 'page-size': '100' });
    const finder = new ServiceFinderHarness(el as ServiceFinder);
    const before = graph(el);
    expect(before.map((n) => n['@type'])).to.deep.equal(finder.names().map(() => 'Service'));
    expect(before.map((n) => n.name)).to.have.members(finder.names());
    await finder.search('lastenvalvoja');
    expect(finder.names().length).to.be.lessThan(before.length);
    expect(graph(el)).to.deep.equal(before);
    expect(before.some((n) => (n.provider as Node)?.['@type'] === 'Organization')).to.equal(true);
  });

  it('speaks the language the component shows', async () => {
    const fi = graph(await show('ero-service-finder', { municipality: '491' }));
    const sv = graph(await show('ero-service-finder', { municipality: '491', lang: 'sv' }));
    const svNames = sample.services!.map((s) => s.name.sv).filter(Boolean);
    expect(sv.some((n) => svNames.includes(n.name!))).to.equal(true);
    expect(sv.map((n) => n.name)).not.to.deep.equal(fi.map((n) => n.name));
  });

  it('is left out with no-json-ld, and comes back when the attribute goes', async () => {
    const el = await show('ero-contact-list', { 'no-json-ld': '' });
    expect(scripts(el)).to.deep.equal([]);
    el.removeAttribute('no-json-ld');
    await el.updateComplete;
    await afterIdle();
    expect(graph(el).length).to.be.greaterThan(0);
    el.setAttribute('no-json-ld', '');
    await el.updateComplete;
    await afterIdle();
    expect(scripts(el)).to.deep.equal([]);
  });

  it('leaves the page with its element', async () => {
    const el = await show('ero-contact-list', {});
    const script = scripts(el)[0];
    expect(document.contains(script)).to.equal(true);
    el.remove();
    expect(document.contains(script)).to.equal(false);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('waits until the element has been painted, and is written by updateComplete for those who await it', async () => {
    const el = document.createElement('ero-contact-list');
    el.feed = sample;
    document.body.append(el);
    // The element renders in a microtask; its first frame's callbacks come before the script.
    const inFirstFrame = await new Promise<number>((done) => requestAnimationFrame(() => done(scripts(el).length)));
    expect(new ContactListHarness(el).names().length).to.be.greaterThan(0);
    expect(inFirstFrame).to.equal(0);
    await el.updateComplete;
    expect(graph(el).map((n) => n.name)).to.deep.equal(new ContactListHarness(el).names());
    el.remove();
  });

  it('is not written into an element taken off the page before it, and is once the element is back', async () => {
    const el = document.createElement('ero-contact-list');
    el.feed = sample;
    document.body.append(el);
    await new Promise((done) => requestAnimationFrame(done));
    el.remove();
    await new Promise((done) => setTimeout(done, 1200));
    await afterIdle();
    expect(scripts(el)).to.deep.equal([]);
    document.body.append(el);
    await waitUntil(() => scripts(el).length === 1, 'JSON-LD written', { timeout: 5000 });
    expect(graph(el).length).to.be.greaterThan(0);
    el.remove();
  });

  it('is replaced, not duplicated, when the feed or the language changes', async () => {
    const el = (await show('ero-contact-list', {})) as ContactList;
    const first = graph(el);
    el.feed = withText(sample, 'Uusi nimi');
    await el.updateComplete;
    await afterIdle();
    expect(new ContactListHarness(el).names()).to.deep.equal(first.map(() => 'Uusi nimi'));
    expect(graph(el).map((n) => n.name)).to.deep.equal(first.map(() => 'Uusi nimi'));
    el.lang = 'en';
    await el.updateComplete;
    await afterIdle();
    expect(scripts(el)).to.have.length(1);
  });

  it('replaces a stale copy already in the page (a saved or prerendered snapshot) instead of adding one', async () => {
    const el = await show('ero-contact-list', {});
    const snapshot = el.innerHTML;
    const copy = document.createElement('ero-contact-list');
    copy.innerHTML = snapshot;
    const mounted = await mount('ero-contact-list', {}, (e) => {
      e.innerHTML = snapshot;
      e.feed = sample;
    });
    await settled(mounted);
    expect(graph(mounted.el)).to.deep.equal(graph(el));
  });

  it('writes "</script>" in feed text so that it cannot end the script, and runs nothing', async () => {
    const payload = '</script><script>window.__eroXss=1</script><!--';
    const el = await show('ero-contact-list', {}, withText(sample, payload));
    const script = scripts(el)[0];
    expect(script.text).not.to.match(/</);
    expect(graph(el)[0].name).to.equal(payload);
    const reparsed = new DOMParser().parseFromString(`<body>${el.innerHTML}</body>`, 'text/html');
    expect(reparsed.querySelectorAll('script')).to.have.length(1);
    expect(ran()).to.equal(false);
  });

  it('is written under a strict CSP with Trusted Types, with no violation', async () => {
    const frame = await loadPage('/test/fixtures/pages/strict-csp.html');
    const page = frame.contentWindow as Window & { violations: string[] };
    const feedElements = kitElements(frame).filter((el) => el.localName !== 'ero-quick-exit');
    expect(feedElements).to.have.length(5);
    // JSON-LD is written when the page is next idle, which a loaded machine may delay.
    await waitUntil(() => feedElements.every((el) => scripts(el).length > 0), 'JSON-LD written', { timeout: 5000 });
    for (const el of feedElements) {
      const found = scripts(el);
      expect(found, el.localName).to.have.length(1);
      expect(JSON.parse(found[0].text)['@graph'].length, el.localName).to.be.greaterThan(0);
    }
    expect(page.violations).to.deep.equal([]);
    frame.remove();
  });

  it('lets only JSON through its Trusted Types policy: other text is written again as JSON, or refused', async () => {
    const frame = await loadPage('/test/fixtures/pages/strict-csp.html');
    const feedElements = kitElements(frame).filter((el) => el.localName !== 'ero-quick-exit');
    await waitUntil(() => feedElements.every((el) => scripts(el).length > 0), 'JSON-LD written', { timeout: 5000 });
    // The policy is where every copy of the kit finds it, so any script on the page can call it.
    const page = frame.contentWindow as unknown as Record<symbol, { createScript(text: string): unknown }>;
    const policy = page[Symbol.for('eroauttaminen.trusted-types')];
    expect(String(policy.createScript('{ "name" : "</script><b>x</b>" }'))).to.equal('{"name":"\\u003c/script>\\u003cb>x\\u003c/b>"}');
    expect(() => policy.createScript('alert(1)')).to.throw().with.property('name', 'SyntaxError');
    expect(() => policy.createScript(scripts(feedElements[0])[0].text.replace('{', 'alert(1);{'))).to.throw().with.property('name', 'SyntaxError');
    frame.remove();
  });

  it('is written as plain text where the engine has no Trusted Types (Safari before 26, Firefox before 146)', () => {
    // Every engine the suite runs in has Trusted Types, so the test takes it away, as such an
    // engine would lack it; such an engine also ignores the page's Trusted Types directives.
    const host = document.createElement('div');
    const own = Object.getOwnPropertyDescriptor(window, 'trustedTypes');
    Object.defineProperty(window, 'trustedTypes', { value: undefined, configurable: true });
    try {
      writeJsonLd(host, [{ '@type': 'Organization', name: '</script><b>Viola</b>' }]);
    } finally {
      delete (window as { trustedTypes?: unknown }).trustedTypes;
      if (own) Object.defineProperty(window, 'trustedTypes', own);
    }
    expect((window as { trustedTypes?: unknown }).trustedTypes).not.to.equal(undefined);
    expect(graph(host)).to.deep.equal([{ '@type': 'Organization', name: '</script><b>Viola</b>' }]);
    expect(scripts(host)[0].text).not.to.match(/</);
  });

  it('is left out, and the components still work, where the page allows only other Trusted Types policies', async () => {
    const frame = await loadPage('/test/fixtures/pages/strict-csp.html?trusted-types=lit-html');
    const page = frame.contentWindow as Window & { violations: string[] };
    const feedElements = kitElements(frame).filter((el) => el.localName !== 'ero-quick-exit');
    expect(feedElements).to.have.length(5);
    // The browser reports the refused policy asynchronously.
    await waitUntil(() => page.violations.length > 0, 'the refused policy reported', { timeout: 5000 });
    for (const el of feedElements) {
      expect(scripts(el), el.localName).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.state.error'), el.localName).to.equal(null);
      expect(el.shadowRoot!.textContent!.trim(), el.localName).not.to.equal('');
    }
    // The browser reports the refused policy name once; nothing else is blocked.
    expect(page.violations.map((v) => v.split(':')[0])).to.deep.equal(['trusted-types']);
    frame.remove();
  });
});
