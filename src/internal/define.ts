/**
 * Registers custom elements so that loading the kit twice, or two versions of it, never throws:
 * the first definition of a tag wins, and a different version that finds it taken says so.
 */
import { VERSION } from '../version.js';

type VersionedConstructor = CustomElementConstructor & { readonly kitVersion?: string };

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    Object.defineProperty(element, 'kitVersion', { value: VERSION, configurable: true });
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.kitVersion !== VERSION) {
    console.warn(
      `[eroauttaminen] <${tag}> is already defined by version ${existing.kitVersion ?? 'unknown'}; ` +
        `version ${VERSION} loaded on the same page is not used for it.`,
    );
  }
}
