/**
 * The finder's results in order, worked out only as far as they are shown: the count is known
 * at once, the first page is picked from the matches without sorting them all, and the whole
 * order is sorted the first time more than a small part of it is asked for. Pure logic: no DOM.
 */
import { collatedOrder, nameCollation, type NameCollation } from '../../feed/collation.js';
import type { Service } from '../../feed/types.js';
import type { Lang } from '../../i18n/lang.js';

const collations = new Map<Lang, NameCollation>();

/** The services' alphabetical order in one language: two services compared on demand, or all ranked at once. */
export class NameOrder {
  private readonly collation: NameCollation;
  /** Whether each service's name has a sort key: 0 not known yet, 1 yes, 2 no (the collator compares it). */
  private readonly keyed: Uint8Array;
  private ranked?: { readonly ranks: Int32Array; readonly order: Int32Array };

  constructor(
    private readonly services: readonly Service[],
    private readonly lang: Lang,
  ) {
    let collation = collations.get(lang);
    if (!collation) collations.set(lang, (collation = nameCollation(lang, { sensitivity: 'base', numeric: true })));
    this.collation = collation;
    this.keyed = new Uint8Array(services.length);
  }

  /** The name in the language, as `localize` picks it. */
  private name(i: number): string {
    const { name } = this.services[i];
    return name[this.lang] || name.fi;
  }

  private hasKey(i: number, name: string): boolean {
    if (!this.keyed[i]) this.keyed[i] = this.collation.hasKey(name) ? 1 : 2;
    return this.keyed[i] === 1;
  }

  /** The order of services `i` and `j` by name, the earlier in the feed first when the names collate equal. */
  compare(i: number, j: number): number {
    if (this.ranked) return this.ranked.ranks[i] - this.ranked.ranks[j];
    const a = this.name(i);
    const b = this.name(j);
    // The keys' order without making the keys, as collatedOrder would sort them.
    const order = this.hasKey(i, a) && this.hasKey(j, b) ? this.collation.compareKeys(a, b) : this.collation.collator.compare(a, b);
    return order || i - j;
  }

  /** Each service's position in the order (`ranks`), and the services' indexes in that order (`order`). */
  all(): { readonly ranks: Int32Array; readonly order: Int32Array } {
    if (!this.ranked) {
      const order = collatedOrder(
        this.services.map((_, i) => this.name(i)),
        this.collation,
      );
      const ranks = new Int32Array(order.length);
      order.forEach((service, rank) => (ranks[service] = rank));
      this.ranked = { ranks, order };
    }
    return this.ranked;
  }
}

/** Services in order, of which a view takes the first so many. */
export interface ServiceList {
  readonly length: number;
  /** The first `count` services in order (all of them for Infinity). */
  first(count: number): readonly Service[];
}

export const NO_SERVICES: ServiceList = { length: 0, first: () => [] };

/**
 * The services that matched, ordered by group (lowest first, e.g. urgency), then weight (highest
 * first: relevance and nearness), then name. `first(n)` gives the first n in that order.
 */
export class RankedServices implements ServiceList {
  readonly length: number;
  /** The first services in order, as far as they have been picked. */
  private head: readonly Service[] = [];
  private sorted?: readonly Service[];

  /**
   * @param hits the matching services' indexes in `services`
   * @param weights each hit's weight, a whole number
   * @param groups each hit's group, when there are groups
   */
  constructor(
    private readonly services: readonly Service[],
    private readonly names: NameOrder,
    private readonly hits: Int32Array,
    private readonly weights: Float64Array,
    private readonly groups?: Uint8Array,
  ) {
    this.length = hits.length;
  }

  /** The first `count` services in order (all of them for Infinity). */
  first(count: number): readonly Service[] {
    if (this.sorted) return this.sorted.slice(0, count);
    if (count <= this.head.length) return this.head.slice(0, count);
    // Picking is worth it for a page out of many; beyond that, sort them all.
    if (count * 4 >= this.length) return this.all().slice(0, count);
    this.head = this.pick(count);
    return this.head;
  }

  /** Every service in order. */
  all(): readonly Service[] {
    return (this.sorted ??= this.sort());
  }

  /** The services in the feed's order, one at a time, for what needs them all but not in order. */
  *inFeedOrder(): Generator<Service> {
    for (const hit of this.hits) yield this.services[hit];
  }

  /** The same services in groups (lowest first), each group keeping this order. */
  grouped(groupOf: (service: Service) => number): RankedServices {
    const groups = new Uint8Array(this.length);
    for (let h = 0; h < this.length; h++) groups[h] = groupOf(this.services[this.hits[h]]);
    return new RankedServices(this.services, this.names, this.hits, this.weights, groups);
  }

  /** Hit `a` before hit `b`: negative; after: positive. Never 0 for two hits. */
  private readonly compare = (a: number, b: number): number => {
    const { groups, weights } = this;
    if (groups && groups[a] !== groups[b]) return groups[a] - groups[b];
    if (weights[a] !== weights[b]) return weights[b] - weights[a];
    return this.names.compare(this.hits[a], this.hits[b]);
  };

  /** The first `count` hits in order, from one pass over them with a heap of the best so far. */
  private pick(count: number): Service[] {
    const { compare } = this;
    const heap: number[] = [];
    // A max-heap: the last of the best so far on top, the one a better hit replaces.
    const down = (from: number): void => {
      let i = from;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) return;
        const child = left + 1 < heap.length && compare(heap[left + 1], heap[left]) > 0 ? left + 1 : left;
        if (compare(heap[child], heap[i]) <= 0) return;
        [heap[i], heap[child]] = [heap[child], heap[i]];
        i = child;
      }
    };
    for (let h = 0; h < this.length; h++) {
      if (heap.length < count) {
        let i = heap.push(h) - 1;
        while (i > 0 && compare(heap[i], heap[(i - 1) >> 1]) > 0) {
          const parent = (i - 1) >> 1;
          [heap[i], heap[parent]] = [heap[parent], heap[i]];
          i = parent;
        }
      } else if (compare(h, heap[0]) < 0) {
        heap[0] = h;
        down(0);
      }
    }
    return heap.sort(compare).map((h) => this.services[this.hits[h]]);
  }

  private sort(): Service[] {
    const { hits, weights, groups, length, services } = this;
    const { ranks, order } = this.names.all();
    const n = ranks.length;
    let top = 0;
    let bottom = 0;
    let last = 0;
    for (let h = 0; h < length; h++) {
      if (h === 0 || weights[h] > top) top = weights[h];
      if (h === 0 || weights[h] < bottom) bottom = weights[h];
      if (groups && groups[h] > last) last = groups[h];
    }
    const span = top - bottom + 1;
    if ((last + 1) * span * n > Number.MAX_SAFE_INTEGER) return Array.from(hits.keys()).sort(this.compare).map((h) => services[hits[h]]);
    // Each hit as one whole number, so that the engine's numeric sort orders them: the group,
    // then the weight (highest first), then the name's rank, which also names the service.
    const keys = new Float64Array(length);
    for (let h = 0; h < length; h++) keys[h] = ((groups ? groups[h] : 0) * span + (top - weights[h])) * n + ranks[hits[h]];
    keys.sort();
    const found: Service[] = new Array(length);
    for (let k = 0; k < length; k++) found[k] = services[order[keys[k] % n]];
    return found;
  }
}
