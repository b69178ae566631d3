/** The event <ero-quick-exit> fires, added to the kit's typed event map. */
export interface QuickExitDetail {
  /** Where the page is about to go. */
  readonly url: string;
  readonly trigger: 'click' | 'keyboard';
}

declare module '../../events.js' {
  interface EroEventMap {
    'ero-quick-exit': CustomEvent<QuickExitDetail>;
  }
}
