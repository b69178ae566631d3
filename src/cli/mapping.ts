/**
 * Decisions the HSDS and PTV importers share where the source has none of our vocabulary:
 * service types and target groups (from flags, else keywords, else a default, always saying
 * when it guessed) and the area to use when the source names none we recognise.
 */
import type { Area, Channel, ServiceType, TargetGroup } from '../feed/types.js';
import type { At, FeedBuilder } from './feed-builder.js';
import { choose, type Selection } from './selection.js';
import { guessServiceTypes, guessTargetGroups } from './vocabulary.js';

/** What the person running an importer decided for every item. */
export interface MappingOptions {
  /** Used for every service instead of guessing. */
  readonly types?: readonly ServiceType[];
  readonly targetGroups?: readonly TargetGroup[];
  /** Used when the source gives no way to reach a service. */
  readonly channels?: readonly Channel[];
  /** Used for items whose source names no area we recognise. */
  readonly area?: Area;
  /** Only services chosen by whole words, service classes or ontology terms are imported. */
  readonly selection?: Selection;
}

const DEFAULT_TYPES: ServiceType[] = ['counselling'];
const DEFAULT_TARGET_GROUPS: TargetGroup[] = ['parent'];

/** Service types from --type, else from keywords in `text`, else "counselling"; warns when guessed. */
export function chooseTypes(text: string, options: MappingOptions, builder: FeedBuilder, at: At, id?: string): ServiceType[] {
  if (options.types?.length) return [...options.types];
  const guess = guessServiceTypes(text);
  if (guess.values.length) {
    builder.warn(at, `guessed types ${guess.values.join(', ')} from the words ${guess.evidence.map((w) => `"${w}"`).join(', ')}`, 'check them, or set every service\'s types with --type', id);
    return guess.values;
  }
  builder.warn(at, `no words told the service type, so it is "${DEFAULT_TYPES[0]}"`, 'check it, or set the types with --type', id);
  return [...DEFAULT_TYPES];
}

/** Target groups from --target-group, else from keywords, else "parent"; warns when guessed. */
export function chooseTargetGroups(text: string, options: MappingOptions, builder: FeedBuilder, at: At, id?: string, what = 'service'): TargetGroup[] {
  if (options.targetGroups?.length) return [...options.targetGroups];
  const guess = guessTargetGroups(text);
  if (guess.values.length) {
    builder.warn(at, `guessed target groups ${guess.values.join(', ')} from the words ${guess.evidence.map((w) => `"${w}"`).join(', ')}`, 'check them, or set them with --target-group', id);
    return guess.values;
  }
  builder.warn(at, `no words told whom the ${what} is for, so it is "${DEFAULT_TARGET_GROUPS[0]}"`, 'check it, or set the target groups with --target-group', id);
  return [...DEFAULT_TARGET_GROUPS];
}

/** The area from --municipality/--region/--whole-country for an item that has none; warns either way. */
export function fallbackArea(options: MappingOptions, builder: FeedBuilder, at: At, reason: string, id?: string): Area | undefined {
  if (options.area) {
    builder.warn(at, `${reason}; used the area given on the command line`, undefined, id);
    return options.area;
  }
  builder.warn(at, reason, 'pass --municipality, --region or --whole-country for items without an area', id);
  return undefined;
}

/** True when the item passes --match (or there is none). */
export function matches(options: MappingOptions, ...texts: (string | undefined)[]): boolean {
  return !options.selection || choose(options.selection, texts.filter((t) => t !== undefined), []) !== undefined;
}
