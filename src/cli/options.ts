/** Options that several commands share, and how they are read into what the importers take. */
import type { ParseArgsConfig } from 'node:util';
import type { Area, Publisher } from '../feed/types.js';
import { helsinkiTimestamp } from './feed-builder.js';
import { CannotRun, type Io, type Values } from './io.js';
import type { MappingOptions } from './mapping.js';
import { wholeWords, type Selection } from './selection.js';
import { findMunicipality, findRegion, toChannel, toServiceType, toTargetGroup } from './vocabulary.js';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  publisher: { type: 'string' },
  'publisher-url': { type: 'string' },
  updated: { type: 'string' },
  report: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const MAPPING_OPTIONS = {
  type: { type: 'string' },
  'target-group': { type: 'string' },
  channel: { type: 'string' },
  municipality: { type: 'string' },
  region: { type: 'string' },
  'whole-country': { type: 'boolean' },
  match: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

function listOption<T>(value: unknown, read: (v: string) => T | undefined, flag: string, allowed: string): T[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value.split(',').map((part) => {
    const result = read(part.trim());
    if (result === undefined) throw new CannotRun(`--${flag}: "${part.trim()}" is not one of ${allowed}`);
    return result;
  });
}

function selectionOption(values: Values): Selection | undefined {
  let words: RegExp | undefined;
  if (typeof values.match === 'string') {
    try {
      words = wholeWords(values.match);
    } catch (error) {
      throw new CannotRun(`--match: ${(error as Error).message}`);
    }
  }
  const codes = (v: unknown): string[] | undefined => (typeof v === 'string' ? v.split(',').map((c) => c.trim()).filter(Boolean) : undefined);
  const serviceClasses = codes(values['service-class']);
  const ontologyTerms = codes(values['ontology-term']);
  if (!words && !serviceClasses && !ontologyTerms) return undefined;
  return { words, serviceClasses, ontologyTerms };
}

export function mappingOptions(values: Values): MappingOptions {
  const area: Area = {};
  const municipalities = listOption(values.municipality, (v) => findMunicipality(v)?.code, 'municipality', 'the Finnish municipality names or 3-digit codes');
  const regions = listOption(values.region, (v) => findRegion(v)?.code, 'region', 'the Finnish region names or 2-digit codes');
  if (values['whole-country']) area.wholeCountry = true;
  if (regions) area.regions = regions;
  if (municipalities) area.municipalities = municipalities;
  return {
    types: listOption(values.type, toServiceType, 'type', 'counselling, peer-support, mediation, child-custody-officer, family-work, crisis, shelter, chat, supervised-meetings, therapy, legal-aid, information'),
    targetGroups: listOption(values['target-group'], toTargetGroup, 'target-group', 'child, parent, close-ones, professional'),
    channels: listOption(values.channel, toChannel, 'channel', 'on-site, phone, video, chat, web'),
    area: Object.keys(area).length ? area : undefined,
    selection: selectionOption(values),
  };
}

export function publisherOption(values: Values): Publisher | undefined {
  if (typeof values['publisher-url'] === 'string' && !/^https?:\/\/\S+$/.test(values['publisher-url'])) {
    throw new CannotRun('--publisher-url must be an http(s) address');
  }
  if (typeof values.publisher !== 'string') return undefined;
  const publisher: Publisher = { name: { fi: values.publisher } };
  if (typeof values['publisher-url'] === 'string') publisher.url = values['publisher-url'];
  return publisher;
}

export function updatedOption(values: Values, io: Io): string {
  if (typeof values.updated === 'string') {
    if (!DATE_TIME.test(values.updated)) throw new CannotRun('--updated must be a date and time with its offset, e.g. 2026-11-20T12:00:00+02:00');
    return values.updated;
  }
  return helsinkiTimestamp(io.now?.() ?? new Date());
}

/** --report text (default) or json. */
export function reportOption(values: Values): 'text' | 'json' {
  const report = values.report ?? 'text';
  if (report !== 'text' && report !== 'json') throw new CannotRun('--report must be text or json');
  return report;
}
