/** A page object for <ero-contact-list>: what a person sees and can press, without selectors in tests. */
import type { ContactList } from '../../src/components/contact-list/contact-list.js';

export class ContactListHarness {
  constructor(readonly el: ContactList) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="contact"]')];
  }

  names(): string[] {
    return this.cards().map((c) => c.querySelector('[part~="contact-name"]')!.textContent!.trim());
  }

  card(name: string): HTMLElement {
    const card = this.cards().find((c) => c.querySelector('[part~="contact-name"]')!.textContent!.trim() === name);
    if (!card) throw new Error(`no contact card for ${name}; shown: ${this.names().join(', ')}`);
    return card;
  }

  phoneLink(name: string): HTMLAnchorElement {
    return this.card(name).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
  }

  emailLink(name: string): HTMLAnchorElement | null {
    return this.card(name).querySelector<HTMLAnchorElement>('a[href^="mailto:"]');
  }

  saveButton(name: string): HTMLButtonElement {
    return this.card(name).querySelector<HTMLButtonElement>('button')!;
  }

  retryButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.state.error button');
  }

  notices(): string {
    return this.root.querySelector('[part~="notices"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
}
