/**
 * Keeps the quick exit in view when `position: sticky` cannot: inside a wrapper that holds only
 * the element (CMS HTML blocks), the wrapper scrolls away and takes the sticky bar with it. Once
 * the element's own top has left the screen, its bar is pinned to the top of the window, and the
 * element keeps its height so that the page does not jump.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class StayInViewController implements ReactiveController {
  /** Whether the bar is pinned to the window rather than riding in the element. */
  pinned = false;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    this.schedule();
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private readonly schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(this.measure);
  };

  private readonly measure = (): void => {
    this.frame = 0;
    const { host } = this;
    const box = host.getBoundingClientRect();
    // A fixed element never leaves the screen; a sticky one does only when its container goes.
    const pinned = getComputedStyle(host).position === 'sticky' && box.height > 0 && box.top < -0.5;
    if (pinned) {
      if (!this.pinned) host.style.minHeight = `${box.height}px`;
      host.style.setProperty('--ero-quick-exit-pinned-left', `${box.left}px`);
      host.style.setProperty('--ero-quick-exit-pinned-width', `${box.width}px`);
    } else if (this.pinned) {
      for (const name of ['min-height', '--ero-quick-exit-pinned-left', '--ero-quick-exit-pinned-width']) host.style.removeProperty(name);
    }
    if (pinned !== this.pinned) {
      this.pinned = pinned;
      host.requestUpdate();
    }
  };
}
