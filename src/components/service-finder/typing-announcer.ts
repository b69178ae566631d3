/**
 * What the finder's polite live region says: the result count after something a person did,
 * at once after a choice but only once they pause while typing, so that a screen reader does not
 * read every letter's count. Results that change on their own (the page loads, the language or
 * the clock changes) are not announced: a page with several widgets would otherwise speak for
 * each of them as it loads.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class TypingAnnouncer implements ReactiveController {
  /** What the live region says now. */
  message = '';
  /** True from the first letter typed until the person pauses, leaves the field or makes a choice. */
  typing = false;
  /** A person acted (typed, chose, went back, asked for more): the next message is theirs to hear. */
  acted = false;
  private target = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay: number,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Called on each update with what the region would say: announced only when a person acted. */
  follow(message: string): void {
    const acted = this.acted;
    this.acted = false;
    if (acted) this.announce(message);
    else if (message !== this.target) {
      // Cleared, not rewritten: removing text is not read out, and the next action is heard even if it says the same.
      clearTimeout(this.timer);
      this.target = this.message = '';
    }
  }

  /** The message to announce: now, or after the pause when the person is typing. */
  private announce(message: string): void {
    if (message === this.target) return;
    this.target = message;
    clearTimeout(this.timer);
    if (!this.typing) {
      this.message = message;
      return;
    }
    this.timer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, this.delay);
  }

  /** The person stopped typing: the latest message is said now. */
  finishTyping(): void {
    if (!this.typing) return;
    this.typing = false;
    clearTimeout(this.timer);
    this.message = this.target;
    this.host.requestUpdate();
  }
}
