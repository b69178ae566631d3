import { expect } from '@open-wc/testing';
import { mailtoHref, safeUrl } from '../../src/internal/safe-url.js';
import { URL_PAYLOADS } from '../helpers/xss-corpus.js';

describe('safeUrl', () => {
  it('lets http(s), mailto and tel through', () => {
    expect(safeUrl('https://www.violary.fi/')).to.equal('https://www.violary.fi/');
    expect(safeUrl('http://www.socom.fi/a b.pdf')).to.equal('http://www.socom.fi/a%20b.pdf');
    expect(safeUrl('mailto:a@b.fi')).to.equal('mailto:a@b.fi');
    expect(safeUrl('tel:+358440246415')).to.equal('tel:+358440246415');
  });

  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/x',
    '//evil.example/path',
    '/relative',
    '',
  ]) {
    it(`drops ${JSON.stringify(bad)}`, () => {
      expect(safeUrl(bad)).to.equal(undefined);
    });
  }

  it('resolves a page\'s own relative links against a base, still refusing other schemes', () => {
    expect(safeUrl('/turvallisuus', 'https://www.mikkeli.fi/ero/')).to.equal('https://www.mikkeli.fi/turvallisuus');
    expect(safeUrl('javascript:alert(1)', 'https://www.mikkeli.fi/')).to.equal(undefined);
  });

  it('builds mailto links only from addresses', () => {
    expect(mailtoHref(' paivi.malinen@isonet.fi ')).to.equal('mailto:paivi.malinen@isonet.fi');
    expect(mailtoHref(undefined)).to.equal(undefined);
  });

  it('turns every URL payload of the XSS corpus into nothing or an http(s) address, also relative to a page', () => {
    for (const payload of URL_PAYLOADS) {
      for (const url of [safeUrl(payload), safeUrl(payload, 'https://www.mikkeli.fi/eropalvelut/')]) {
        if (url !== undefined) expect(new URL(url).protocol, payload).to.be.oneOf(['http:', 'https:']);
      }
      expect(safeUrl(payload), payload).to.equal(/^https:\/\//.test(payload) ? new URL(payload).href : undefined);
    }
  });
});
