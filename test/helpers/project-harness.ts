/** A page object for <ero-project-card> and <ero-project-list>: what a person sees and can press. */
import type { ProjectCard } from '../../src/components/project-card/project-card.js';
import type { ProjectList } from '../../src/components/project-list/project-list.js';

/** Collapses layout whitespace but keeps the no-break spaces of formatted numbers. */
const squash = (text: string | null | undefined): string => (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/** Text as a sighted reader sees it, with line breaks between blocks: visually hidden text left out. */
export function seenText(node: Element | ShadowRoot): string {
  const hidden = [...node.querySelectorAll<HTMLElement>('.visually-hidden')];
  hidden.forEach((n) => (n.style.display = 'none'));
  try {
    const parts = node instanceof ShadowRoot ? [...node.children] : [node];
    return squash(parts.map((n) => (n as HTMLElement).innerText ?? '').join(' '));
  } finally {
    hidden.forEach((n) => n.style.removeProperty('display'));
  }
}

export class ProjectHarness {
  constructor(readonly el: ProjectCard | ProjectList) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="card"]')];
  }

  names(): string[] {
    return this.cards().map((c) => squash(c.querySelector('[part~="title"]')!.textContent));
  }

  card(name?: string): HTMLElement {
    const cards = this.cards();
    const card = name === undefined ? cards[0] : cards.find((c) => squash(c.querySelector('[part~="title"]')!.textContent) === name);
    if (!card) throw new Error(`no project card ${name ?? ''}; shown: ${this.names().join(', ')}`);
    return card;
  }

  title(name?: string): HTMLElement {
    return this.card(name).querySelector<HTMLElement>('[part~="title"]')!;
  }

  /** The status badge as seen ("Käynnissä") and as heard ("Hankkeen tila: Käynnissä"). */
  status(name?: string): { seen: string; heard: string } {
    const badge = this.card(name).querySelector('[part~="status"]')!;
    return { seen: seenText(badge), heard: squash(badge.textContent) };
  }

  /** Label → value of every fact shown ("Hankeaika" → "1.8.2024–31.12.2026"). */
  facts(name?: string): Record<string, string> {
    const rows = [...this.card(name).querySelectorAll('.fact')];
    return Object.fromEntries(rows.map((row) => [squash(row.querySelector('dt')!.textContent), seenText(row.querySelector('dd')!)]));
  }

  section(title: string, name?: string): HTMLElement | undefined {
    return [...this.card(name).querySelectorAll<HTMLElement>('[part~="section"]')].find(
      (s) => squash(s.querySelector('[part~="section-title"]')!.textContent) === title,
    );
  }

  sectionTitles(name?: string): string[] {
    return [...this.card(name).querySelectorAll('[part~="section-title"]')].map((h) => squash(h.textContent));
  }

  /** Each link of a section: what it says (seen), its accessible text and where it goes. */
  links(title: string, name?: string): { seen: string; heard: string; href: string }[] {
    const section = this.section(title, name);
    return [...(section?.querySelectorAll('a') ?? [])].map((a) => ({ seen: seenText(a), heard: squash(a.textContent), href: a.getAttribute('href')! }));
  }

  /** What has focus inside the element, e.g. "button: Näytä tiedot …", or "outside". */
  focused(): string {
    const active = this.root.activeElement as HTMLElement | null;
    return active ? `${active.localName}: ${squash(active.textContent)}` : 'outside';
  }

  detailsButton(name?: string): HTMLButtonElement | null {
    return this.card(name).querySelector<HTMLButtonElement>('[part~="details-button"]');
  }

  moreButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('[part~="more-button"]');
  }

  summary(): string {
    return squash(this.root.querySelector('[part~="summary"]')?.textContent);
  }

  /** Everything a sighted reader sees in the element. */
  text(): string {
    return seenText(this.root);
  }
}
