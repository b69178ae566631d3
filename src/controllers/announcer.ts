/**
 * What the kit says to screen readers: one polite live region for the whole page, in
 * document.body and shared by every widget (and by a second copy of the script, through
 * `Symbol.for`), so that widgets never talk over each other. A widget speaks only after a person
 * acted (typed, chose, asked for more): results that change on their own, as the page loads or
 * the language changes, are there to read and not announced. While a person types, the count
 * waits for a pause, so that a screen reader does not read every letter's count.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const REGION = Symbol.for('eroauttaminen.live-region');
type RegionStore = { [REGION]?: HTMLElement };

/** Visually hidden, without the widgets' stylesheets (the region lives in the page's light DOM). */
const HIDDEN = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';

/** The page's one polite live region, made on first use. */
export function liveRegion(doc: Document = document): HTMLElement {
  const store = doc as Document & RegionStore;
  let region = store[REGION];
  if (!region?.isConnected) {
    region = doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.dataset.eroauttaminen = 'live-region';
    region.style.cssText = HIDDEN;
    doc.body.append(region);
    store[REGION] = region;
  }
  return region;
}

export class Announcer implements ReactiveController {
  /** True from the first letter typed until the person pauses, leaves the field or makes a choice. */
  typing = false;
  /** A person acted: the next message is theirs to hear. */
  acted = false;
  /** How long typing must pause before the message is said (ms). */
  readonly delay: number;
  /** The latest message a person's action asked for. */
  private target = '';
  /** What this widget last put in the region. */
  private said = '';
  /** A message to say once the host has rendered. */
  private pending?: string;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, { delay = 0 }: { readonly delay?: number } = {}) {
    this.delay = delay;
    host.addController(this);
  }

  hostConnected(): void {
    // In place before anything is said: a region added together with its text is often not read.
    liveRegion();
  }

  hostUpdated(): void {
    if (this.pending === undefined) return;
    const message = this.pending;
    this.pending = undefined;
    this.say(message);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.say('');
  }

  /** Called on each update with what the widget would say now: said only when a person acted. */
  follow(message: string): void {
    const acted = this.acted;
    this.acted = false;
    if (acted) this.announce(message);
    else if (message !== this.target) {
      // Cleared, not rewritten: removing text is not read out, and the next action is heard even if it says the same.
      clearTimeout(this.timer);
      this.target = this.pending = '';
    }
  }

  /** The person stopped typing: the latest message is said now. */
  finishTyping(): void {
    if (!this.typing) return;
    this.typing = false;
    clearTimeout(this.timer);
    this.say(this.target);
  }

  private announce(message: string): void {
    if (message === this.target) return;
    this.target = message;
    clearTimeout(this.timer);
    if (!this.typing) this.pending = message;
    else this.timer = setTimeout(() => this.say(message), this.delay);
  }

  /** Writes the region; clearing leaves another widget's words alone. */
  private say(message: string): void {
    const region = liveRegion();
    if (!message && region.textContent !== this.said) return;
    region.textContent = this.said = message;
  }
}
