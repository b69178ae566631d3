/**
 * The occurrences a visitor has opened in one calendar: the cards whose details are shown, and
 * the one chosen in the month table. Opening one fires ero-event-select, which the page may
 * cancel to show the occurrence its own way.
 */
import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../events.js';
import { entryKey, type Entry } from './agenda.js';
import { eventSelectDetail } from './events.js';

export class Selection {
  /** The keys (entryKey) of the cards whose details are shown. */
  private opened: ReadonlySet<string> = new Set();
  /** The key of the occurrence chosen in the month table. */
  chosen?: string;

  /** `host` re-renders on each change and fires the events. */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  isOpen(entry: Entry): boolean {
    return this.opened.has(entryKey(entry));
  }

  /** Shows or hides a card's details; they stay hidden when the page takes the opening over. */
  toggle(entry: Entry): void {
    const key = entryKey(entry);
    const opened = new Set(this.opened);
    if (opened.has(key)) opened.delete(key);
    else if (this.select(entry)) opened.add(key);
    this.opened = opened;
    this.host.requestUpdate();
  }

  /** Chooses an occurrence of the month table and opens its card; false when the page took it over. */
  choose(entry: Entry): boolean {
    if (!this.select(entry)) return false;
    this.chosen = entryKey(entry);
    this.opened = new Set([...this.opened, this.chosen]);
    this.host.requestUpdate();
    return true;
  }

  /** Forgets the month table's choice, as when another month is shown. */
  unchoose(): void {
    this.chosen = undefined;
    this.host.requestUpdate();
  }

  /** Fires ero-event-select; false when the page cancelled it. */
  private select(entry: Entry): boolean {
    return emit(this.host, 'ero-event-select', eventSelectDetail(entry), { cancelable: true });
  }
}
