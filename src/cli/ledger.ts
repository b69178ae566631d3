/**
 * Knowing what of the input was used: each parsed input is wrapped so that reading a value marks
 * its JSONPath. After an import, every value nobody read and no warning named is reported, so
 * nothing leaves silently, however the source grows.
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

/** The language or type of a localised text ({language, type, value}) is carried with its value. */
function labelsRead(path: string, seen: ReadonlySet<string>): boolean {
  const label = /\.(language|type)$/.exec(path);
  return label !== null && seen.has(`${path.slice(0, -label[0].length)}.value`);
}

export interface Unread {
  readonly at: At;
  readonly value: string | number | boolean;
}

export class ReadLedger {
  private readonly read = new Map<string, Set<string>>();
  private readonly roots = new Map<string, unknown>();
  private readonly proxies = new WeakMap<object, object>();

  /** `data` wrapped so that what is read of it is recorded for `source`. */
  track<T>(source: string, data: T): T {
    this.roots.set(source, data);
    this.read.set(source, new Set());
    return this.wrap(source, data, '$');
  }

  private wrap<T>(source: string, value: T, path: string): T {
    if (value === null || typeof value !== 'object' || targets.has(value)) return value;
    const known = this.proxies.get(value);
    if (known) return known as T;
    const seen = this.read.get(source)!;
    const proxy = new Proxy(value, {
      get: (target, key, receiver) => {
        const child = Reflect.get(target, key, receiver) as unknown;
        if (typeof key === 'symbol' || (Array.isArray(target) && key === 'length') || !Object.hasOwn(target, key)) return child;
        const here = childPath(path, target, key);
        if (child !== null && typeof child === 'object') return this.wrap(source, child, here);
        seen.add(here);
        return child;
      },
    });
    this.proxies.set(value, proxy);
    targets.set(proxy, value);
    return proxy as T;
  }

  /** Values nobody read (empty text and false are no values), except in the places `covered` names. */
  unread(covered: readonly At[]): Unread[] {
    const out: Unread[] = [];
    for (const [source, root] of this.roots) {
      const seen = this.read.get(source)!;
      // The walk passes every place that holds a value, so looking each one up is enough.
      const places = new Set(covered.filter((c) => c.source === source).map((c) => c.where));
      const walk = (value: unknown, path: string): void => {
        if (places.has(path)) return;
        if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
        else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value as Json)) walk(v, childPath(path, value, k));
        else if ((typeof value === 'number' || value === true || (typeof value === 'string' && value.trim())) && !seen.has(path) && !labelsRead(path, seen)) {
          out.push({ at: { source, where: path }, value });
        }
      };
      walk(root, '$');
    }
    return out;
  }
}
