import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import { parseFeed } from '../../src/feed/parse.js';
import { MUNICIPALITIES } from '../../src/feed/vocabulary/areas.js';

describe('generated feed (scripts/generate-feed.mjs)', () => {
  it('gives the same feed for the same seed and another for another seed', () => {
    const a = JSON.stringify(generateFeed({ count: 200, seed: 7, municipalities: MUNICIPALITIES }));
    const b = JSON.stringify(generateFeed({ count: 200, seed: 7, municipalities: MUNICIPALITIES }));
    const c = JSON.stringify(generateFeed({ count: 200, seed: 8, municipalities: MUNICIPALITIES }));
    expect(a).to.equal(b);
    expect(a).not.to.equal(c);
  });

  it('makes 5,000 services that all pass the feed validator', () => {
    const feed = generateFeed({ count: 5000, seed: 1, municipalities: MUNICIPALITIES });
    const parsed = parseFeed(feed, 'generated');
    expect(parsed.issues).to.deep.equal([]);
    expect(parsed.feed.services).to.have.length(5000);
    expect(new Set(feed.services.map((s) => s.id)).size).to.equal(5000);
    expect(feed.services.every((s) => s.example)).to.equal(true);
  });

  it('spreads services over municipalities, regions and the whole country', () => {
    const { services } = generateFeed({ count: 1000, seed: 1, municipalities: MUNICIPALITIES });
    const local = services.filter((s) => s.area.municipalities).length;
    const regional = services.filter((s) => s.area.regions).length;
    const national = services.filter((s) => s.area.wholeCountry).length;
    expect(local).to.be.within(400, 600);
    expect(regional).to.be.within(250, 450);
    expect(national).to.be.within(80, 220);
  });
});
