// Types of scripts/generate-feed.mjs for the TypeScript stories, tests and benchmarks that import it.
import type { Feed } from '../src/feed/types.js';

export interface GeneratorMunicipality {
  readonly code: string;
  readonly region: string;
  readonly name: { readonly fi: string; readonly sv: string };
}

export function seededRandom(seed: number): () => number;

export function generateFeed(options: {
  count?: number;
  /** How many events (default 0). */
  events?: number;
  seed?: number;
  municipalities: readonly GeneratorMunicipality[];
}): Feed & { services: NonNullable<Feed['services']>; organizations: NonNullable<Feed['organizations']>; events: NonNullable<Feed['events']> };

export function loadMunicipalities(): Promise<GeneratorMunicipality[]>;
