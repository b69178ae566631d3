/** A page object for <ero-event-calendar>: what a person sees and can press, without selectors in tests. */
import type { EventCalendar } from '../../src/components/event-calendar/event-calendar.js';

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** What a sighted person reads on a button: its text without the visually hidden parts. */
function shown(button: Element): string {
  const copy = button.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return clean(copy.textContent);
}

export interface Download {
  name: string;
  type: string;
  text: string;
}

export class EventCalendarHarness {
  constructor(readonly el: EventCalendar) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
  }

  /** The occurrence cards of the list (or the one card under the month table). */
  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="occurrence"]')];
  }

  names(): string[] {
    return this.cards().map((card) => clean(card.querySelector('[part~="occurrence-name"]')!.textContent));
  }

  /** "name | time text" for each card, e.g. "Tiistairyhmä … | ti 6.10.2026 klo 18.00–19.30". */
  agenda(): string[] {
    return this.cards().map((card) => `${clean(card.querySelector('[part~="occurrence-name"]')!.textContent)} | ${this.when(card)}`);
  }

  when(card: HTMLElement): string {
    return clean(card.querySelector('time')!.textContent);
  }

  card(name: string, index = 0): HTMLElement {
    const cards = this.cards().filter((c) => clean(c.querySelector('[part~="occurrence-name"]')!.textContent) === name);
    if (!cards[index]) throw new Error(`no card ${index} for ${name}; shown: ${this.names().join(', ')}`);
    return cards[index];
  }

  /** What a sighted person reads in one row of a card's facts: "Aika", "Paikka", "Ilmoittautuminen"… */
  fact(card: HTMLElement, label: string): string {
    const row = [...card.querySelectorAll('.facts > div')].find((div) => clean(div.querySelector('dt')!.textContent) === label);
    if (!row) return '';
    const copy = row.querySelector('dd')!.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    copy.querySelectorAll('br').forEach((br) => br.replaceWith(' '));
    return clean(copy.textContent);
  }

  /** The names that assistive technology gives the links of a card's facts and details: "040 123 4567: Toivo-ryhmä". */
  linkNames(card: HTMLElement): string[] {
    return [...card.querySelectorAll('dd a, .details a')].map((a) => clean(a.textContent));
  }

  registrationLink(card: HTMLElement): HTMLAnchorElement | null {
    return card.querySelector<HTMLAnchorElement>('a[part~="register"]');
  }

  badges(card: HTMLElement): string[] {
    return [...card.querySelectorAll('.badge')].map((b) => clean(b.textContent));
  }

  detailsButton(card: HTMLElement): HTMLButtonElement {
    return card.querySelector<HTMLButtonElement>('button[part~="details-button"]')!;
  }

  /** A card's details, rendered while they are open. */
  details(card: HTMLElement): HTMLElement | null {
    return card.querySelector<HTMLElement>('[part~="details-panel"]');
  }

  addToCalendarButton(card: HTMLElement): HTMLButtonElement {
    return card.querySelector<HTMLButtonElement>('button[part~="add-to-calendar"]')!;
  }

  downloadAllButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('button[part~="download-all"]');
  }

  /** The "Subscribe to calendar" link and the link to the calendar's file beside it: text and address. */
  subscribeLinks(): { text: string; href: string }[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('a[part~="subscribe"], a[part~="subscribe-address"]')].map((a) => ({
      text: clean(a.textContent),
      href: a.getAttribute('href') ?? '',
    }));
  }

  showMoreButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('button[part~="more-button"]');
  }

  viewButton(label: string): HTMLButtonElement {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.views button')].find((b) => clean(b.textContent) === label)!;
  }

  /** The visitor's filter menu labelled `label`. */
  menu(label: string): HTMLSelectElement | null {
    const found = [...this.root.querySelectorAll('.filters label')].find((l) => clean(l.querySelector('span')!.textContent) === label);
    return found?.querySelector('select') ?? null;
  }

  menuLabels(): string[] {
    return [...this.root.querySelectorAll('.filters label > span')].map((s) => clean(s.textContent));
  }

  async choose(label: string, optionText: string): Promise<void> {
    const select = this.menu(label)!;
    const option = [...select.options].find((o) => clean(o.textContent) === optionText);
    if (!option) throw new Error(`no option ${optionText} in ${label}`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  emptyMessage(): string {
    return clean(this.root.querySelector('.state.empty')?.textContent);
  }

  notices(): string {
    return clean(this.root.querySelector('[part~="notices"]')?.textContent);
  }

  // Month view

  table(): HTMLTableElement | null {
    return this.root.querySelector('table');
  }

  caption(): string {
    return clean(this.table()?.caption?.textContent);
  }

  previousMonthButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('button[part~="previous-month"]')!;
  }

  nextMonthButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('button[part~="next-month"]')!;
  }

  /** The cell of day `day` of the shown month. */
  dayCell(day: number): HTMLTableCellElement {
    const cell = [...this.root.querySelectorAll<HTMLTableCellElement>('td:not(.outside)')].find(
      (td) => clean(td.querySelector('.day-number')!.textContent) === String(day),
    );
    if (!cell) throw new Error(`no cell for day ${day}`);
    return cell;
  }

  /** "18.00 Tiistairyhmä …" for each occurrence button of the shown month, day by day. */
  monthEntries(): string[] {
    return [...this.root.querySelectorAll('td:not(.outside) button')].map(shown);
  }

  /** What a screen reader announces for each occurrence button of a day: "ti 6.10.2026, 18.00 Tiistairyhmä …". */
  dayButtonNames(day: number): string[] {
    return [...this.dayCell(day).querySelectorAll('button')].map((b) => clean(b.textContent));
  }

  /** "18.00 Tiistairyhmä …" for each occurrence button of a day. */
  dayEntries(day: number): string[] {
    return [...this.dayCell(day).querySelectorAll('button')].map(shown);
  }

  dayButton(day: number, text: string): HTMLButtonElement {
    const button = [...this.dayCell(day).querySelectorAll('button')].find((b) => shown(b).includes(text));
    if (!button) throw new Error(`no "${text}" on day ${day}: ${this.dayEntries(day).join(', ')}`);
    return button;
  }

  /**
   * Runs `act` with downloads caught instead of saved: the file name, its type and its text.
   */
  async downloads(act: () => void): Promise<Download[]> {
    const blobs: Blob[] = [];
    const names: string[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return original.call(URL, blob);
    };
    const onClick = (e: Event): void => {
      const link = e.target as HTMLAnchorElement;
      if (link.download) {
        names.push(link.download);
        e.preventDefault();
      }
    };
    this.root.addEventListener('click', onClick, true);
    try {
      act();
    } finally {
      URL.createObjectURL = original;
      this.root.removeEventListener('click', onClick, true);
    }
    return Promise.all(blobs.map(async (blob, i) => ({ name: names[i], type: blob.type, text: await blob.text() })));
  }
}
