import { expect, fixture, html } from '@open-wc/testing';
import { localize, resolveLang, toLang } from '../../src/i18n/lang.js';
import { formatDate, formatDateTime, formatInstantDate, formatMoney, formatTime, formatWeekdayDate } from '../../src/i18n/format.js';

describe('language', () => {
  it('reads BCP 47 tags and falls back to nothing for unsupported ones', () => {
    expect(toLang('sv-FI')).to.equal('sv');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('de')).to.equal(undefined);
  });

  it('takes the element\'s own lang, else the closest one, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="sv"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const inner = host.attachShadow({ mode: 'open' });
    const target = document.createElement('span');
    inner.append(target);
    expect(resolveLang(target)).to.equal('sv');
    target.setAttribute('lang', 'en');
    expect(resolveLang(target)).to.equal('en');
    target.setAttribute('lang', 'de');
    expect(resolveLang(target)).to.equal('fi');
  });

  it('falls back to Finnish feed text and says so', () => {
    expect(localize({ fi: 'Lastenvalvoja', sv: 'Barnatillsyningsman' }, 'sv')).to.deep.equal({
      text: 'Barnatillsyningsman',
      lang: 'sv',
    });
    expect(localize({ fi: 'Lastenvalvoja' }, 'en')).to.deep.equal({ text: 'Lastenvalvoja', lang: 'fi' });
  });
});

describe('formats in Europe/Helsinki', () => {
  it('writes dates the way each language does in Finland', () => {
    expect(formatDate('2024-08-01', 'fi')).to.equal('1.8.2024');
    expect(formatDate('2024-08-01', 'sv')).to.equal('1.8.2024');
    expect(formatDate('2024-08-01', 'en')).to.equal('1 Aug 2024');
  });

  it('shows Helsinki wall-clock time whatever the instant\'s offset', () => {
    // 10:05 UTC is 12:05 in Helsinki in winter and 13:05 in summer.
    expect(formatDateTime(Date.parse('2026-01-15T10:05:00Z'), 'fi')).to.equal('15.1.2026 klo 12.05');
    expect(formatDateTime(Date.parse('2026-07-15T10:05:00Z'), 'fi')).to.equal('15.7.2026 klo 13.05');
  });

  it('writes fi and sv dates, weekdays and times as Intl reads the Helsinki clock, across both clock changes', () => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    /** Intl's reading of an instant in Helsinki, written in the Finnish way. */
    const expected = (instant: number, lang: 'fi' | 'sv'): [string, string, string] => {
      const read = (options: Intl.DateTimeFormatOptions): Record<string, string> => {
        const key = `${lang} ${JSON.stringify(options)}`;
        if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(`${lang}-FI`, { ...options, timeZone: 'Europe/Helsinki' }));
        return Object.fromEntries(formats.get(key)!.formatToParts(instant).map((p) => [p.type, p.value]));
      };
      const { day, month, year } = read({ day: 'numeric', month: 'numeric', year: 'numeric' });
      const { hour, minute } = read({ hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
      const date = `${Number(day)}.${Number(month)}.${year}`;
      return [date, `${read({ weekday: 'short' }).weekday} ${date}`, `${Number(hour) % 24}.${minute}`];
    };
    // Every 193 minutes for a year (each hour of the day and every weekday come up), and each
    // minute around the spring and autumn changes of 2026.
    const instants: number[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 193 * 60_000) instants.push(t);
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (let t = change - 90 * 60_000; t <= change + 90 * 60_000; t += 60_000) instants.push(t);
    }
    for (const lang of ['fi', 'sv'] as const) {
      const wrong = instants.filter((instant) => {
        const [date, weekdayDate, time] = expected(instant, lang);
        return formatInstantDate(instant, lang) !== date || formatWeekdayDate(instant, lang) !== weekdayDate || formatTime(instant, lang) !== time;
      });
      expect(wrong.map((t) => new Date(t).toISOString()), lang).to.deep.equal([]);
    }
  });

  it('formats euros with Finnish grouping', () => {
    expect(formatMoney(2248352, 'EUR', 'fi').replace(/\s/g, ' ')).to.equal('2 248 352 €');
    expect(formatMoney(1798681, 'EUR', 'en')).to.equal('€1,798,681');
  });
});
