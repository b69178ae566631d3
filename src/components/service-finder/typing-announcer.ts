/**
 * What the finder's polite live region says: the result count, announced at once after a choice
 * but only once a person pauses while typing, so that a screen reader does not read every letter's count.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class TypingAnnouncer implements ReactiveController {
  /** What the live region says now. */
  message = '';
  /** True from the first letter typed until the person pauses, leaves the field or makes a choice. */
  typing = false;
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

  /** The message to announce: now, or after the pause when the person is typing. */
  announce(message: string): void {
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
