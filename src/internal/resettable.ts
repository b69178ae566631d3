/**
 * `@resettable`, above Lit's `@property()` on a property with a default (its initializer): a
 * framework may take the value back at any time. React and Vue set a removed prop to undefined,
 * and a removed attribute reads as null; either gives the property its default again, so that the
 * element is what a fresh one is. (A property without an initializer, such as `page-size`, needs
 * none: undefined is its default.)
 */
import type { ReactiveElement } from 'lit';

export function resettable(proto: object, name: string): void {
  const accessor = Object.getOwnPropertyDescriptor(proto, name);
  if (!accessor?.set) throw new TypeError(`@resettable goes above @property() on ${name}`);
  // The first value a property of this class is ever given is its initializer's: field
  // initializers run in the constructor, before any other code can set the property.
  let given = false;
  let fallback: unknown;
  Object.defineProperty(proto, name, {
    ...accessor,
    set(this: ReactiveElement, value: unknown) {
      if (!given) {
        given = true;
        fallback = value;
      }
      accessor.set!.call(this, value ?? fallback);
    },
  });
}
