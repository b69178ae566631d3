/** A page object for <ero-service-finder>: what a person sees and does, without selectors in tests. */
import type { ServiceFinder } from '../../src/components/service-finder/service-finder.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export class ServiceFinderHarness {
  constructor(readonly el: ServiceFinder) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  private async settle(): Promise<void> {
    await this.el.updateComplete;
  }

  form(): HTMLFormElement {
    return this.root.querySelector('form')!;
  }

  searchInput(): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  /** Types into the search field as one input event per letter would leave it. */
  async search(query: string): Promise<void> {
    const input = this.searchInput();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.settle();
  }

  /** A select by its visible label, or null when it is not offered. */
  select(label: string): HTMLSelectElement | null {
    const labelEl = [...this.root.querySelectorAll('label')].find((l) => text(l) === label);
    return labelEl ? this.root.querySelector<HTMLSelectElement>(`select#${labelEl.htmlFor}`) : null;
  }

  async choose(label: string, optionText: string): Promise<void> {
    const select = this.select(label);
    if (!select) throw new Error(`no list labelled ${label}`);
    const option = [...select.options].find((o) => text(o) === optionText);
    if (!option) throw new Error(`no option ${optionText} in ${label}`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  /** A checkbox by its group's legend and its own label. */
  checkbox(legend: string, label: string): HTMLInputElement | null {
    const fieldset = [...this.root.querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')) === legend);
    const labelEl = [...(fieldset?.querySelectorAll('label') ?? [])].find((l) => text(l) === label);
    return labelEl?.querySelector('input') ?? null;
  }

  async check(legend: string, label: string): Promise<void> {
    const box = this.checkbox(legend, label);
    if (!box) throw new Error(`no checkbox ${legend} › ${label}`);
    box.click();
    await this.settle();
  }

  legends(): string[] {
    return [...this.root.querySelectorAll('legend')].map(text);
  }

  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="service"]')];
  }

  names(): string[] {
    return this.cards().map((c) => text(c.querySelector('[part~="service-name"]')));
  }

  card(name: string): HTMLElement {
    const card = this.cards().find((c) => text(c.querySelector('[part~="service-name"]')) === name);
    if (!card) throw new Error(`no service card ${name}; shown: ${this.names().join(', ')}`);
    return card;
  }

  badges(name: string): string[] {
    return [...this.card(name).querySelectorAll('[part~="badge"]')].map(text);
  }

  /** The opening hours as shown: the status line, then each line of hours. */
  hours(name: string): string[] {
    const hours = this.card(name).querySelector('.hours');
    return hours ? [text(hours.querySelector('p')), ...[...hours.querySelectorAll('li')].map(text)] : [];
  }

  /** The service's channels by their headings ("Toimipiste: Mikkelin perheneuvola"), in the order shown. */
  channels(name: string): string[] {
    return [...this.card(name).querySelectorAll('[part~="channel-name"]')].map(text);
  }

  channel(name: string, heading: string): HTMLElement {
    const found = [...this.card(name).querySelectorAll<HTMLElement>('[part~="channel"]')].find(
      (c) => text(c.querySelector('[part~="channel-name"]')) === heading,
    );
    if (!found) throw new Error(`no channel ${heading} in ${name}; shown: ${this.channels(name).join(', ')}`);
    return found;
  }

  /** "Avoinna nyt" or "Suljettu nyt" for one channel, or '' when it gives no hours. */
  channelStatus(name: string, heading: string): string {
    return text(this.channel(name, heading).querySelector('[part~="status"]'));
  }

  /** A channel's lines of hours and exceptional hours, as shown. */
  channelHours(name: string, heading: string): string[] {
    return [...this.channel(name, heading).querySelectorAll('.hours li')].map(text);
  }

  /** The links of one channel, by part ("phone", "email", "chat", "web"…). */
  channelLinks(name: string, heading: string, part: string): HTMLAnchorElement[] {
    return [...this.channel(name, heading).querySelectorAll<HTMLAnchorElement>(`a[part~="${part}"]`)];
  }

  /** The temporary closure and the notice of a service, as shown. */
  notices(name: string): string[] {
    return [...this.card(name).querySelectorAll('[part~="closure"], [part~="alert"]')].map(text);
  }

  link(name: string, part: string): HTMLAnchorElement | null {
    return this.card(name).querySelector<HTMLAnchorElement>(`a[part~="${part}"]`);
  }

  /** The button that opens and closes a service's details. */
  detailsButton(name: string): HTMLButtonElement {
    return this.card(name).querySelector<HTMLButtonElement>('button[part~="details-button"]')!;
  }

  /** A service's details, rendered while they are open. */
  details(name: string): HTMLElement | null {
    return this.card(name).querySelector<HTMLElement>('[part~="details-panel"]');
  }

  /** Whether a service's details are open, as the button says and as rendered. */
  isOpen(name: string): boolean {
    const said = this.detailsButton(name).getAttribute('aria-expanded') === 'true';
    if (said !== Boolean(this.details(name))) throw new Error(`the details of ${name} are ${said ? 'said open but not shown' : 'shown but said closed'}`);
    return said;
  }

  /** The full details as "label: value" lines. */
  detailRows(name: string): string[] {
    return [...this.details(name)!.querySelectorAll('dl > div')].map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`);
  }

  async open(name: string): Promise<void> {
    this.detailsButton(name).click();
    await this.settle();
  }

  count(): string {
    return text(this.root.querySelector('[part~="count"]'));
  }

  scope(): string {
    return text(this.root.querySelector('[part~="scope"]'));
  }

  emptyState(): HTMLElement | null {
    return this.root.querySelector('.state.empty');
  }

  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll('button')];
  }

  button(label: string): HTMLButtonElement | undefined {
    return this.buttons().find((b) => text(b) === label);
  }

  async press(label: string): Promise<void> {
    const button = this.button(label);
    if (!button) throw new Error(`no button ${label}; buttons: ${this.buttons().map(text).join(' | ')}`);
    button.click();
    await this.settle();
    await this.settle();
  }

  reportLink(): HTMLAnchorElement | null {
    return this.root.querySelector<HTMLAnchorElement>('a[part~="report-link"]');
  }

  /** What has focus inside the finder: "search:query", "checkbox:Lapset", "a:tel:+358…", "button:Hae" or "outside". */
  focused(): string {
    const active = this.root.activeElement as HTMLElement | null;
    if (!active) return 'outside';
    if (active instanceof HTMLInputElement) return `${active.type}:${active.type === 'checkbox' ? text(active.closest('label')) : active.name}`;
    if (active instanceof HTMLSelectElement) return `select:${active.name}`;
    if (active instanceof HTMLAnchorElement) return `a:${active.getAttribute('href')}`;
    return `${active.localName}:${text(active)}`;
  }
}
