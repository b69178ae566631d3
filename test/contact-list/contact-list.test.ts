import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import ICAL from 'ical.js';
import '../../src/components/contact-list/define.js';
import { ContactListHarness } from '../helpers/contact-list-harness.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { liveRegion, mount, settled, shownState } from '../helpers/mount.js';

const src = feedUrl({ file: 'test/fixtures/contacts.json', key: 'contact-list' });

async function contactList(attributes: Record<string, string> = {}) {
  const mounted = await mount('ero-contact-list', { src, ...attributes });
  await settled(mounted);
  return { el: mounted.el, ui: new ContactListHarness(mounted.el) };
}

describe('<ero-contact-list>', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('shows name, title, organisation, a Finnish-format tel: link naming the contact and a mailto link', async () => {
    const { ui } = await contactList();
    const card = ui.card('Päivi Malinen');
    expect(card.textContent).to.contain('kehittämispäällikkö, hankepäällikkö Matkalla riittävään vanhemmuuteen -hanke');
    expect(card.textContent).to.contain('Itä-Suomen sosiaalialan osaamiskeskus ISO');
    expect(ui.phoneLink('Päivi Malinen').getAttribute('href')).to.equal('tel:+358440246415');
    // Screen readers hear whose number it is, as with the finder's phone, chat and web links.
    expect(ui.phoneLink('Päivi Malinen').textContent).to.equal('044 024 6415: Päivi Malinen');
    expect(ui.phoneLink('Päivi Malinen').querySelector('.visually-hidden')!.textContent).to.equal(': Päivi Malinen');
    expect(ui.phoneLink('Heli Isotalus').textContent).to.equal('046 923 8191: Heli Isotalus');
    expect(ui.emailLink('Päivi Malinen')!.getAttribute('href')).to.equal('mailto:paivi.malinen@isonet.fi');
  });

  it('marks invented contacts as example data', async () => {
    const { ui } = await contactList();
    expect(ui.card('Liisa Esimerkki').textContent).to.contain('Esimerkkitieto');
    expect(ui.card('Päivi Malinen').textContent).not.to.contain('Esimerkkitieto');
  });

  it('filters by organisation', async () => {
    const { ui } = await contactList({ organization: 'viola' });
    expect(ui.names()).to.deep.equal(['Emmi Heikkinen', 'Heli Isotalus']);
  });

  it('filters by project, whichever side names the other', async () => {
    expect((await contactList({ project: 'matkalla' })).ui.names()).to.deep.equal(['Päivi Malinen']);
    expect((await contactList({ project: 'turvassa' })).ui.names()).to.deep.equal(['Emmi Heikkinen', 'Heli Isotalus']);
  });

  it('filters by region through the organisation\'s area', async () => {
    expect((await contactList({ region: '19' })).ui.names()).to.deep.equal(['Liisa Esimerkki']);
    expect((await contactList({ region: '10' })).ui.names()).to.deep.equal([
      'Päivi Malinen',
      'Emmi Heikkinen',
      'Heli Isotalus',
    ]);
  });

  it('says when no contact matches, without speaking up as the page loads', async () => {
    const { el } = await contactList({ region: '01' });
    expect(shownState(el)).to.equal('empty');
    expect(el.shadowRoot!.querySelector('.state.empty')!.textContent).to.equal('Valinnoilla ei löytynyt yhteystietoja.');
    expect(liveRegion(el)).to.equal('');
  });

  it('announces the new count politely when the page changes the selection', async () => {
    const { el } = await contactList();
    expect(liveRegion(el)).to.equal('');
    el.setAttribute('organization', 'viola');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('2 yhteystietoa');
    el.setAttribute('region', '01');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Valinnoilla ei löytynyt yhteystietoja.');
    const sv = await contactList({ lang: 'sv' });
    sv.el.setAttribute('project', 'matkalla');
    await sv.el.updateComplete;
    expect(liveRegion(sv.el)).to.equal('1 kontakt');
  });

  it('downloads a vCard that round-trips "Päivi Malinen"', async () => {
    const { ui } = await contactList();
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return original.call(URL, blob);
    };
    let downloadName = '';
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      downloadName = a.download;
      e.preventDefault();
    };
    ui.el.shadowRoot!.addEventListener('click', onClick, true);
    try {
      ui.saveButton('Päivi Malinen').click();
    } finally {
      URL.createObjectURL = original;
      ui.el.shadowRoot!.removeEventListener('click', onClick, true);
    }
    expect(downloadName).to.equal('Päivi Malinen.vcf');
    expect(blobs[0].type).to.equal('text/vcard;charset=utf-8');
    const card = new ICAL.Component(ICAL.parse(await blobs[0].text()));
    expect(card.getFirstPropertyValue('fn')).to.equal('Päivi Malinen');
    expect(card.getFirstPropertyValue('org')).to.equal('Itä-Suomen sosiaalialan osaamiskeskus ISO');
  });

  it('gives each vCard button a name that says whose contact it saves', async () => {
    const { ui } = await contactList();
    const button = ui.saveButton('Emmi Heikkinen');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.contain('Tallenna yhteystieto: Emmi Heikkinen (vCard)');
  });

  it('shows UI text and feed text in Swedish and English, falling back to Finnish', async () => {
    const sv = await contactList({ lang: 'sv' });
    expect(sv.ui.card('Päivi Malinen').textContent).to.contain('utvecklingschef, projektchef');
    expect(sv.ui.card('Päivi Malinen').textContent).to.contain('Telefon');
    const fallback = sv.ui.card('Emmi Heikkinen').querySelector('.contact-org')!;
    expect(fallback.textContent).to.equal('VIOLA – väkivallasta vapaaksi ry');
    expect(fallback.getAttribute('lang')).to.equal('fi');

    const en = await contactList({ lang: 'en' });
    expect(en.ui.card('Päivi Malinen').textContent).to.contain('Eastern Finland Centre of Expertise');
  });

  it('re-renders at once when the page language changes', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'fi';
    document.body.append(wrapper);
    try {
      const mounted = await mount('ero-contact-list', { src });
      wrapper.append(mounted.el);
      await settled(mounted);
      expect(mounted.el.shadowRoot!.textContent).to.contain('Puhelin');
      wrapper.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await mounted.el.updateComplete;
      expect(mounted.el.shadowRoot!.textContent).to.contain('Phone');
      expect(liveRegion(mounted.el), 'the same contacts in another language are no news').to.equal('');
    } finally {
      wrapper.remove();
    }
  });

  it('lets headings fit the page outline', async () => {
    const { el } = await contactList({ 'heading-level': '2' });
    expect(el.shadowRoot!.querySelectorAll('h2[part~="contact-name"]')).to.have.length(4);
  });

  it('passes axe in every language', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const { el } = await contactList({ lang });
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe in the empty and error states', async () => {
    await expect((await contactList({ organization: 'nobody' })).el).to.be.accessible();
    const broken = await mount('ero-contact-list', { src: feedUrl({ status: 404 }) });
    await settled(broken);
    await expect(broken.el).to.be.accessible();
  });

  it('reaches every link and button by Tab, in reading order', async () => {
    const { el } = await contactList({ organization: 'viola' });
    const stops: string[] = [];
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      stops.push(active ? `${active.localName}:${active.textContent!.replace(/\s+/g, ' ').trim()}` : 'outside');
    }
    before.remove();
    expect(stops).to.deep.equal([
      'a:050 476 8736: Emmi Heikkinen',
      'a:emmi.heikkinen@violary.fi',
      'button:Tallenna yhteystieto Tallenna yhteystieto: Emmi Heikkinen (vCard)',
      'a:046 923 8191: Heli Isotalus',
      'a:heli.isotalus@violary.fi',
      'button:Tallenna yhteystieto Tallenna yhteystieto: Heli Isotalus (vCard)',
    ]);
  });

  it('reflows to one column at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el, ui } = await contactList();
      const cards = ui.cards();
      const lefts = new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
