import { expect } from '@open-wc/testing';
import '../../src/components/contact-list/define.js';
import { commonMessages } from '../../src/i18n/messages/common.js';
import { contactListMessages } from '../../src/i18n/messages/contact-list.js';
import { Translations } from '../../src/i18n/translations.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';

const src = feedUrl({ file: 'test/fixtures/contacts.json', key: 'translations' });

/** Mounts a contact list in `lang` and records the text of its shadow root after every update. */
async function contactListIn(lang: string) {
  const texts: string[] = [];
  const mounted = await mount('ero-contact-list', { lang, src, cache: 'none' }, (el) => {
    const update = (el as unknown as { update(changed: unknown): void }).update;
    Object.assign(el, {
      update(this: HTMLElement, changed: unknown) {
        update.call(this, changed);
        texts.push(this.shadowRoot!.textContent ?? '');
      },
    });
  });
  await settled(mounted);
  return { el: mounted.el, texts };
}

describe('UI strings loaded on demand', () => {
  before(() => newVisit());

  // These two run first: the page has not loaded Swedish or English yet.
  it('shows a Swedish page in Swedish from its first render, never Finnish first', async () => {
    expect(commonMessages.has('sv'), 'Swedish was already here').to.equal(false);
    const { texts } = await contactListIn('sv');
    // The feed loads while the strings do, so the first render may already show the contacts.
    expect(texts[0]).to.match(/Uppgifterna laddas|Spara kontakten/);
    expect(texts.join('\n')).not.to.match(/Ladataan|Yhteystiedot|Tallenna yhteystieto/);
    expect(texts.at(-1)).to.contain('Spara kontakten');
  });

  it('switches a Finnish element to English, which loads then', async () => {
    expect(contactListMessages.has('en'), 'English was already here').to.equal(false);
    const { el, texts } = await contactListIn('fi');
    expect(texts.at(-1)).to.contain('Tallenna yhteystieto');
    texts.length = 0;
    el.setAttribute('lang', 'en');
    // The language is read from a mutation observer, in the next task.
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(texts.length).to.be.greaterThan(0);
    for (const text of texts) expect(text).to.contain('Save contact').and.not.contain('Tallenna yhteystieto');
  });

  it('gives Finnish until a language has loaded, and keeps Finnish with a console message when it cannot load', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const strings = new Translations('the test strings', { hello: 'Hei' }, {
        sv: () => Promise.resolve({ default: { hello: 'Hej' } }),
        en: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      });
      expect(strings.in('sv').hello).to.equal('Hei');
      await strings.load('sv');
      expect(strings.in('sv').hello).to.equal('Hej');
      expect(strings.load('sv'), 'loaded once').to.equal(undefined);

      await strings.load('en');
      expect(strings.in('en').hello).to.equal('Hei');
      expect(strings.load('en'), 'not tried again and again').to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('en texts of the test strings could not be loaded');
    } finally {
      console.warn = warn;
    }
  });
});
