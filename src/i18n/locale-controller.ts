/**
 * A reactive controller that keeps an element's language in step with the page: it re-renders
 * the host at once when its own `lang` or any ancestor's `lang` changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizedText } from '../feed/types.js';
import { localize, resolveLang, type Lang } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let pageObserver: MutationObserver | undefined;

function observePage(): void {
  if (pageObserver) return;
  pageObserver = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LocaleController implements ReactiveController {
  private current: Lang;
  // The page observer cannot see into shadow roots, so the host also watches itself.
  private readonly hostObserver = new MutationObserver(() => this.refresh());

  constructor(private readonly host: Host) {
    this.current = resolveLang(host);
    host.addController(this);
  }

  get lang(): Lang {
    return this.current;
  }

  hostConnected(): void {
    controllers.add(this);
    observePage();
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.hostObserver.disconnect();
  }

  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.current) {
      this.current = lang;
      this.host.requestUpdate();
    }
  }

  /** Feed text in the current language; see localize(). */
  text(text: LocalizedText): { text: string; lang: Lang } {
    return localize(text, this.current);
  }
}
