/**
 * Moves focus once the host has rendered what a person asked for: the first new item after
 * "Show more", the search field after "Clear all", the card chosen in a month table. Focus can
 * only go to what the update has put on the page, so it waits for the update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = () => HTMLElement | null | undefined;

export class FocusAfterUpdate implements ReactiveController {
  private target?: Target;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** After the next update, focuses what `target` finds then: a selector in the host's render root, or a function. */
  request(target: string | Target): void {
    this.target = typeof target === 'string' ? () => this.host.renderRoot.querySelector<HTMLElement>(target) : target;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.target?.();
    this.target = undefined;
    target?.focus();
  }
}
