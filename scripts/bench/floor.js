// The floor of the benchmark: the same cards as <ero-service-finder> and <ero-event-calendar>,
// with the same fields and the same number of items, written as one innerHTML string each time
// and nothing else: no validation, no ranking beyond a sort by name, no time zones (event times
// are read as wall-clock times), no accessibility work beyond labels. What the kit does on top
// of this is what the ratio measures.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
const local = (text, lang) => (text ? (text[lang] ?? text.fi ?? Object.values(text)[0] ?? '') : '');
const PAGE = 20;

const STRINGS = {
  fi: {
    search: 'Hae palveluita', municipality: 'Kunta', all: 'Kaikki', groups: 'Kenelle', channels: 'Asiointitavat',
    count: (n) => `${n} palvelua`, remote: 'Saatavilla etänä', onSite: 'Vain paikan päällä', area: 'Palvelualue',
    chat: 'Chat', more: 'Lisätiedot', types: 'Palvelutyypit', languages: 'Kielet', showMore: (n) => `Näytä lisää (${n})`,
    hours: 'Aukioloajat', free: 'Maksuton', list: 'Lista', month: 'Kuukausi', online: 'Verkossa',
    places: (n) => `${n} paikkaa vapaana`, full: 'Täynnä', shownOf: (a, b) => `Näytetään ${a} / ${b}`, details: 'Näytä tiedot',
  },
  sv: {
    search: 'Sök tjänster', municipality: 'Kommun', all: 'Alla', groups: 'För vem', channels: 'Kontaktsätt',
    count: (n) => `${n} tjänster`, remote: 'Tillgänglig på distans', onSite: 'Endast på plats', area: 'Serviceområde',
    chat: 'Chatt', more: 'Mer information', types: 'Tjänstetyper', languages: 'Språk', showMore: (n) => `Visa fler (${n})`,
    hours: 'Öppettider', free: 'Avgiftsfri', list: 'Lista', month: 'Månad', online: 'På nätet',
    places: (n) => `${n} platser lediga`, full: 'Fullt', shownOf: (a, b) => `Visas ${a} av ${b}`, details: 'Visa uppgifter',
  },
  en: {
    search: 'Search services', municipality: 'Municipality', all: 'All', groups: 'For whom', channels: 'Channels',
    count: (n) => `${n} services`, remote: 'Available remotely', onSite: 'On site only', area: 'Area served',
    chat: 'Chat', more: 'More details', types: 'Service types', languages: 'Languages', showMore: (n) => `Show more (${n})`,
    hours: 'Opening hours', free: 'Free of charge', list: 'List', month: 'Month', online: 'Online',
    places: (n) => `${n} places left`, full: 'Full', shownOf: (a, b) => `Showing ${a} of ${b}`, details: 'Show details',
  },
};

function areaText(area, lang, vocab) {
  if (!area || area.wholeCountry) return vocab.common[lang].wholeCountry;
  const names = [
    ...(area.regions ?? []).map((code) => local(vocab.regions[code], lang)),
    ...(area.municipalities ?? []).map((code) => local(vocab.municipalities[code]?.name, lang)),
  ];
  return names.length > 4 ? `${names.slice(0, 3).join(', ')} +${names.length - 3}` : names.join(', ');
}

function shorten(text, max = 180) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The finder's form, card list and "show more", filtered by a prefix match on words. */
export class FloorFinder {
  constructor(container, feed, vocab, lang) {
    this.container = container;
    this.feed = feed;
    this.vocab = vocab;
    this.organizations = new Map(feed.organizations.map((o) => [o.id, o]));
    this.query = '';
    this.setLang(lang);
    container.addEventListener('input', (event) => {
      if (event.target.name !== 'query') return;
      this.query = event.target.value;
      this.renderResults();
    });
  }

  /** Sorts by name and builds each service's search words in the language: the floor's index. */
  setLang(lang) {
    this.lang = lang;
    const collator = new Intl.Collator(lang);
    const common = this.vocab.common[lang];
    this.sorted = this.feed.services
      .map((service) => {
        const organization = local(this.organizations.get(service.organization)?.name, lang);
        // Like the finder: name (and the Finnish name), organisation, keywords, types, description.
        const haystack = [local(service.name, lang), service.name.fi, organization, ...(service.keywords?.fi ?? []), ...service.types.map((t) => common.serviceTypes[t]), local(service.description, lang)]
          .join(' ')
          .toLocaleLowerCase(lang)
          .split(/[\s,.()-]+/);
        return { service, name: local(service.name, lang), organization, haystack };
      })
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  results() {
    const words = this.query.toLocaleLowerCase(this.lang).split(/\s+/).filter(Boolean);
    if (!words.length) return this.sorted;
    return this.sorted.filter((entry) => words.every((word) => entry.haystack.some((w) => w.startsWith(word))));
  }

  render() {
    const { lang, vocab } = this;
    const s = STRINGS[lang];
    const common = vocab.common[lang];
    const municipalities = Object.entries(vocab.municipalities)
      .map(([code, m]) => `<option value="${code}">${esc(local(m.name, lang))}</option>`)
      .join('');
    const boxes = (name, labels) =>
      Object.entries(labels).map(([value, label]) => `<label><input type="checkbox" name="${name}" value="${value}"> ${esc(label)}</label>`).join('');
    this.container.innerHTML = `
      <div class="floor">
        <form role="search">
          <label for="floor-query">${s.search}</label>
          <input id="floor-query" name="query" type="search" value="${esc(this.query)}">
          <label for="floor-municipality">${s.municipality}</label>
          <select id="floor-municipality" name="area"><option value="">${s.all}</option>${municipalities}</select>
          <fieldset><legend>${s.groups}</legend>${boxes('group', common.targetGroupsShort)}</fieldset>
          <fieldset><legend>${s.channels}</legend>${boxes('channel', common.channels)}</fieldset>
        </form>
        <section class="results"></section>
      </div>`;
    this.renderResults();
  }

  renderResults() {
    const found = this.results();
    const s = STRINGS[this.lang];
    const shown = found.slice(0, PAGE);
    this.container.querySelector('.results').innerHTML = `
      <p class="count">${s.count(found.length)}</p>
      <ul class="list">${shown.map((entry) => `<li>${this.card(entry)}</li>`).join('')}</ul>
      ${found.length > shown.length ? `<button type="button">${s.showMore(found.length - shown.length)}</button>` : ''}`;
  }

  card({ service, name, organization }) {
    const { lang, vocab } = this;
    const s = STRINGS[lang];
    const common = vocab.common[lang];
    const remote = service.channels.some((c) => c !== 'on-site');
    const links = [
      service.phone ? `<li><span class="label">${common.phone}:</span> <a href="tel:${esc(service.phone)}">${esc(service.phone)}</a></li>` : '',
      service.chatUrl ? `<li><a href="${esc(service.chatUrl)}">${s.chat}</a></li>` : '',
      service.url ? `<li><a href="${esc(service.url)}">${common.website}</a></li>` : '',
    ].join('');
    const hours = (service.hours ?? []).map((h) => `<li>${h.days.join(', ')} ${esc(h.opens)}–${esc(h.closes)}</li>`).join('');
    return `<article class="service">
      <h3>${esc(name)}</h3>
      <p>${esc(organization)}</p>
      <p>${esc(shorten(local(service.description, lang)))}</p>
      <div><span class="label">${s.channels}:</span><ul class="badges">${service.channels.map((c) => `<li class="badge">${common.channels[c]}</li>`).join('')}</ul></div>
      <p><span>${remote ? s.remote : s.onSite}</span> <span><span class="label">${s.area}:</span> ${esc(areaText(service.area, lang, vocab))}</span></p>
      ${links ? `<ul class="links">${links}</ul>` : ''}
      ${hours ? `<ul class="hours" aria-label="${s.hours}">${hours}</ul>` : ''}
      <details><summary>${s.more}</summary><dl>
        <dt>${s.groups}</dt><dd>${service.targetGroups.map((g) => common.targetGroups[g]).join(', ')}</dd>
        <dt>${s.types}</dt><dd>${service.types.map((t) => common.serviceTypes[t]).join(', ')}</dd>
        <dt>${s.languages}</dt><dd>${(service.languages ?? ['fi']).join(', ')}</dd>
        ${service.free ? `<dt>${s.free}</dt>` : ''}
      </dl></details>
    </article>`;
  }
}

const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** "2026-10-07T17:00" as if it were UTC: wall-clock arithmetic without time zones. */
const wall = (text) => Date.parse(`${text}Z`);

/** A naive expansion of the rules the generator writes: WEEKLY (INTERVAL, COUNT, UNTIL) and MONTHLY nth weekday. */
export function naiveOccurrences(event, limit = 100) {
  const start = wall(event.start);
  const length = wall(event.end) - start;
  if (!event.rrule) return [{ start, end: start + length }];
  const rule = Object.fromEntries(event.rrule.split(';').map((part) => part.split('=')));
  const count = rule.COUNT ? Number(rule.COUNT) : limit;
  const until = rule.UNTIL ? Date.parse(`${rule.UNTIL.slice(0, 4)}-${rule.UNTIL.slice(4, 6)}-${rule.UNTIL.slice(6, 8)}T23:59:59Z`) : Infinity;
  const skip = new Set((event.exdates ?? []).map(wall));
  const found = [];
  for (let i = 0, at = start; found.length < count && i < limit && at <= until; i++) {
    if (rule.FREQ === 'MONTHLY') {
      const [, nth, day] = /^(-?\d)([A-Z]{2})$/.exec(rule.BYDAY);
      const base = new Date(start);
      const first = Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + i, 1, base.getUTCHours(), base.getUTCMinutes());
      const offset = (WEEKDAYS.indexOf(day) - new Date(first).getUTCDay() + 7) % 7;
      let date = first + offset * DAY + (Number(nth) > 0 ? (Number(nth) - 1) * 7 * DAY : 0);
      if (Number(nth) < 0) while (new Date(date + 7 * DAY).getUTCMonth() === new Date(first).getUTCMonth()) date += 7 * DAY;
      at = date;
    } else at = start + i * 7 * Number(rule.INTERVAL ?? 1) * DAY;
    if (at <= until && !skip.has(at)) found.push({ start: at, end: at + length });
  }
  return found;
}

/** The calendar's toolbar and agenda: the next occurrences from `now` for 26 weeks, 20 at a time. */
export class FloorCalendar {
  constructor(container, feed, vocab, lang, now) {
    this.container = container;
    this.feed = feed;
    this.vocab = vocab;
    this.lang = lang;
    this.organizations = new Map(feed.organizations.map((o) => [o.id, o]));
    const from = wall(now);
    const to = from + 26 * 7 * DAY;
    this.entries = feed.events
      .flatMap((event) => naiveOccurrences(event).filter((o) => o.end > from && o.start < to).map((o) => ({ event, ...o })))
      .sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
  }

  setLang(lang) {
    this.lang = lang;
  }

  render() {
    const { lang } = this;
    const s = STRINGS[lang];
    const shown = this.entries.slice(0, PAGE);
    const time = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
    const until = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' });
    this.container.innerHTML = `
      <div class="floor">
        <div role="group"><button type="button" aria-pressed="true">${s.list}</button><button type="button" aria-pressed="false">${s.month}</button></div>
        <p class="count">${s.shownOf(shown.length, this.entries.length)}</p>
        <ol class="list">${shown.map((entry) => `<li>${this.card(entry, time, until)}</li>`).join('')}</ol>
      </div>`;
  }

  card({ event, start, end }, time, until) {
    const { lang, vocab } = this;
    const s = STRINGS[lang];
    const common = vocab.common[lang];
    const where = event.attendance === 'online' ? `${s.online} (${event.online?.platform ?? ''})` : local(event.location?.locality, lang);
    const registration = event.registration?.capacity
      ? event.registration.registered >= event.registration.capacity ? s.full : s.places(event.registration.capacity - event.registration.registered)
      : '';
    return `<article class="occurrence">
      <p><time>${time.format(start)}–${until.format(end)}</time></p>
      <h3>${esc(local(event.name, lang))}</h3>
      <p>${esc(local(this.organizations.get(event.organizer)?.name, lang))}</p>
      <p>${esc(where)}</p>
      ${registration ? `<p class="badge">${registration}</p>` : ''}
      <ul class="badges">${event.targetGroups.map((g) => `<li class="badge">${common.targetGroupsShort[g]}</li>`).join('')}</ul>
      <p>${esc(shorten(local(event.description, lang)))}</p>
      <button type="button" aria-expanded="false">${s.details}</button>
    </article>`;
  }
}
