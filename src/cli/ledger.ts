/**
 * Knowing what of the input was used: each parsed input is wrapped so that reading a value marks
 * it. After an import, every value nobody read and no warning named is reported, so nothing
 * leaves silently, however the source grows.
 */
import type { At } from './feed-builder.js';

type Json = Record<string, unknown>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const targets = new WeakMap<object, object>();

/**
 * The input as it is, without recording reads: for looking at values that decide something
 * (selection, guesses) without carrying them, so that the ledger still reports them.
 */
export function peek<T>(value: T): T {
  return (value !== null && typeof value === 'object' ? (targets.get(value) as T | undefined) : undefined) ?? value;
}

function childPath(path: string, parent: object, key: string): string {
  if (Array.isArray(parent)) return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** True when `place` is `path` or holds it (`$.a[1]` holds `$.a[1].b`, not `$.a[10]`). */
export function holds(place: string, path: string): boolean {
  return path === place || (path.startsWith(place) && (path[place.length] === '.' || path[place.length] === '['));
}

export interface Unread {
  readonly at: At;
  readonly value: string | number | boolean;
}

/** A value: not empty text, not null and not false (an absent flag says the same). */
const isValue = (value: unknown): value is string | number | boolean =>
  typeof value === 'number' || value === true || (typeof value === 'string' && value.trim() !== '');

export class ReadLedger {
  private readonly roots = new Map<string, unknown>();
  private readonly proxies = new WeakMap<object, object>();
  /** The keys of each object (or array) whose plain values were read. */
  private readonly readKeys = new WeakMap<object, Set<string>>();

  /** `data` wrapped so that what is read of it is recorded for `source`. */
  track<T>(source: string, data: T): T {
    this.roots.set(source, data);
    return this.wrap(data);
  }

  private wrap<T>(value: T): T {
    if (value === null || typeof value !== 'object' || targets.has(value)) return value;
    const known = this.proxies.get(value);
    if (known) return known as T;
    const proxy = new Proxy(value, {
      get: (target, key, receiver) => {
        const child = Reflect.get(target, key, receiver) as unknown;
        if (typeof key === 'symbol' || (Array.isArray(target) && key === 'length') || !Object.hasOwn(target, key)) return child;
        if (child !== null && typeof child === 'object') return this.wrap(child);
        let keys = this.readKeys.get(target);
        if (!keys) this.readKeys.set(target, (keys = new Set()));
        keys.add(key);
        return child;
      },
    });
    this.proxies.set(value, proxy);
    targets.set(proxy, value);
    return proxy as T;
  }

  /** Values nobody read, except in the places `covered` names (a place holds all below it). */
  unread(covered: readonly At[]): Unread[] {
    const out: Unread[] = [];
    for (const [source, root] of this.roots) {
      // The walk passes every place that holds a value, so looking each one up is enough.
      const places = new Set(covered.filter((c) => c.source === source).map((c) => c.where));
      const walk = (value: unknown, path: string): void => {
        if (places.has(path) || value === null || typeof value !== 'object') return;
        const keys = this.readKeys.get(value);
        for (const [key, child] of Object.entries(value as Json)) {
          const here = childPath(path, value, key);
          if (child !== null && typeof child === 'object') walk(child, here);
          // The language or type of a localised text ({language, type, value}) goes with its value.
          else if (isValue(child) && !keys?.has(key) && !places.has(here) && !((key === 'language' || key === 'type') && keys?.has('value'))) {
            out.push({ at: { source, where: here }, value: child });
          }
        }
      };
      walk(root, '$');
    }
    return out;
  }
}
