import { expect } from '@open-wc/testing';
import { formatPhone, telHref } from '../../src/internal/phone.js';

describe('Finnish phone numbers', () => {
  const cases: [string, string, string][] = [
    ['+358440246415', '044 024 6415', 'tel:+358440246415'],
    ['044 024 6415', '044 024 6415', 'tel:+358440246415'],
    ['+35840655979', '040 655 979', 'tel:+35840655979'],
    ['050 476 8736', '050 476 8736', 'tel:+358504768736'],
    ['+358 44 351 2302', '044 351 2302', 'tel:+358443512302'],
    ['+35893101234', '09 310 1234', 'tel:+35893101234'],
    ['015 194 2000', '015 194 2000', 'tel:+358151942000'],
    ['080 005 005', '080 005 005', 'tel:+35880005005'],
    ['+358 9 2525 0111', '09 2525 0111', 'tel:+358925250111'],
  ];
  for (const [input, shown, href] of cases) {
    it(`shows ${input} as ${shown} and links ${href}`, () => {
      expect(formatPhone(input)).to.equal(shown);
      expect(telHref(input)).to.equal(href);
    });
  }

  it('leaves foreign numbers and service codes as written', () => {
    expect(formatPhone('+46 8 123 456 78')).to.equal('+46 8 123 456 78');
    expect(telHref('+46 8 123 456 78')).to.equal('tel:+46812345678');
    expect(formatPhone('116 111')).to.equal('116 111');
    expect(telHref('116 111')).to.equal('tel:116111');
  });
});
