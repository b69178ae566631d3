/**
 * The occurrences a visitor has opened in one calendar: the cards whose details are shown (the
 * kit's one disclosure pattern), and the one chosen in the month table. Opening one fires
 * ero-event-select, which the page may cancel to show the occurrence its own way.
 */
import type { ReactiveControllerHost } from 'lit';
import { Disclosure } from '../../controllers/disclosure.js';
import { emit } from '../../events.js';
import { entryKey, type Entry } from './agenda.js';
import { eventSelectDetail } from './events.js';

export class Selection extends Disclosure<Entry> {
  /** The key of the occurrence chosen in the month table. */
  chosen?: string;

  constructor(private readonly element: ReactiveControllerHost & HTMLElement) {
    super(element, {
      key: entryKey,
      select: (entry) => emit(element, 'ero-event-select', eventSelectDetail(entry), { cancelable: true }),
    });
  }

  /** Chooses an occurrence of the month table and opens its card; false when the page took it over. */
  choose(entry: Entry): boolean {
    if (!this.open(entry)) return false;
    this.chosen = entryKey(entry);
    this.element.requestUpdate();
    return true;
  }

  /** Forgets the month table's choice, as when another month is shown. */
  unchoose(): void {
    this.chosen = undefined;
    this.element.requestUpdate();
  }
}
