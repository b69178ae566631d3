/**
 * Keeps the quick exit in view when `position: sticky` cannot: inside a wrapper that holds only
 * the element (CMS HTML blocks), the wrapper scrolls away and takes the sticky bar with it, and
 * in a theme whose content scrolls in an element of its own rather than the window, the window
 * never scrolls at all. Once the element's own top has left the visible part of the page (the
 * window, cut by every scrolling element around it), its bar is pinned to the top of that part,
 * and the element keeps its height so that the page does not jump.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PINNED = ['--ero-quick-exit-pinned-top', '--ero-quick-exit-pinned-left', '--ero-quick-exit-pinned-width'];
const FIXED = ['--ero-quick-exit-fixed-top', '--ero-quick-exit-fixed-end'];

/** The width of the window's layout area, without its scroll bar. */
const innerWidthOf = (): number => document.documentElement.clientWidth;

export class StayInViewController implements ReactiveController {
  /** Whether the bar is pinned to the window rather than riding in the element. */
  pinned = false;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Scroll events do not bubble: caught on the way down, they come from every scrolling element.
    document.addEventListener('scroll', this.schedule, { passive: true, capture: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.schedule, { capture: true });
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
    const { top, origin } = surroundings(host);
    const { position } = getComputedStyle(host);
    // A fixed host in a section that holds fixed elements is placed from that section's corner.
    if (position === 'fixed' && (origin.top || origin.right !== innerWidthOf())) {
      host.style.setProperty('--ero-quick-exit-fixed-top', `${-origin.top}px`);
      host.style.setProperty('--ero-quick-exit-fixed-end', `${origin.right - innerWidthOf()}px`);
    } else for (const name of FIXED) host.style.removeProperty(name);
    const pinned = position === 'sticky' && box.height > 0 && box.top < top - 0.5;
    if (pinned) {
      if (!this.pinned) host.style.minHeight = `${box.height}px`;
      host.style.setProperty('--ero-quick-exit-pinned-top', `${top - origin.top}px`);
      host.style.setProperty('--ero-quick-exit-pinned-left', `${box.left - origin.left}px`);
      host.style.setProperty('--ero-quick-exit-pinned-width', `${box.width}px`);
    } else if (this.pinned) {
      for (const name of ['min-height', ...PINNED]) host.style.removeProperty(name);
    }
    if (pinned !== this.pinned) {
      this.pinned = pinned;
      host.requestUpdate();
    }
  };
}

/** Where a fixed bar's coordinates start, in the window's. */
interface Origin {
  readonly top: number;
  readonly left: number;
  /** The right edge of its padding box. */
  readonly right: number;
}

/**
 * What the elements around `el` do to a pinned bar. `top`: where the visible part of the page
 * begins, from the top of the window, below the top edge of each element that scrolls or clips
 * its content (0 when none does). `origin`: where a fixed bar's coordinates start, the window,
 * or the padding box of the nearest element that a transform, filter, `will-change` or paint
 * containment turns into the bar's containing block (page builders animate sections so).
 */
function surroundings(el: Element): { top: number; origin: Origin } {
  let top = 0;
  let origin: Origin | undefined;
  for (let at = el.parentElement; at && at !== document.documentElement; at = at.parentElement) {
    const style = getComputedStyle(at);
    const box = at.getBoundingClientRect();
    // The body's overflow is the window's own.
    const clips = at !== document.body && style.overflowY !== 'visible' && style.overflowY !== 'clip';
    if (clips) top = Math.max(top, box.top + at.clientTop);
    if (!origin && holdsFixed(style)) {
      origin = { top: box.top + at.clientTop, left: box.left + at.clientLeft, right: box.left + at.clientLeft + at.clientWidth };
    }
  }
  return { top, origin: origin ?? { top: 0, left: 0, right: innerWidthOf() } };
}

/** Whether an element with this style is the containing block of its fixed descendants. */
function holdsFixed(style: CSSStyleDeclaration): boolean {
  return (
    style.transform !== 'none' ||
    style.perspective !== 'none' ||
    style.filter !== 'none' ||
    (style.backdropFilter ?? 'none') !== 'none' ||
    /\b(paint|layout|strict|content)\b/.test(style.contain) ||
    /\b(transform|perspective|filter)\b/.test(style.willChange)
  );
}
