/**
 * Finding the records of HSDS 3.0/3.1 JSON documents by their shape (service, organization,
 * service_at_location; full records or paged lists), reading each id once and warning when an
 * id comes again with other content. Inputs in another version, or tabular packages, are refused.
 */
import type { At, FeedBuilder } from './feed-builder.js';
import { peek } from './ledger.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A service_at_location with where it is. */
export interface Placed {
  readonly record: Json;
  readonly at: At;
}

export interface HsdsService {
  readonly record: Json;
  readonly at: At;
  /** Its service_at_locations, from the record and from service_at_location records. */
  readonly locations: Placed[];
  organizationId?: string;
}

export interface HsdsOrganization {
  readonly record: Json;
  readonly at: At;
}

const PAGING = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

function isService(o: Json): boolean {
  return 'status' in o || 'organization' in o || 'organization_id' in o || 'service_at_locations' in o;
}
function isOrganization(o: Json): boolean {
  return !isService(o) && ['website', 'services', 'legal_status', 'year_incorporated', 'tax_status', 'parent_organization_id'].some((k) => k in o);
}

/** Why a document cannot be read as HSDS 3.0/3.1, or undefined when it can. */
export function refusal(source: string, data: unknown): string | undefined {
  const raw = peek(data);
  if (!isObject(raw)) return undefined;
  if (Array.isArray(raw.resources) && list(raw.resources).some((r) => /\.csv$/i.test(String(r.path ?? '')) || r.format === 'csv')) {
    return `${source} is a tabular HSDS package (CSV files with a datapackage.json); import reads the JSON form of HSDS 3.0/3.1 (the API's records). Convert the package to JSON first, or give the records as JSON`;
  }
  const version = str(raw.version) ?? str(raw.hsds_version) ?? (/\/(\d+\.\d+)(?:\/|$)/.exec(str(raw.profile) ?? '')?.[1]);
  if (version && !/^3\.[01](\.\d+)?$/.test(version) && ('profile' in raw || 'openapi' in raw || 'hsds_version' in raw || !('name' in raw))) {
    return `${source} says it is HSDS version ${version}; import reads HSDS 3.0 and 3.1 only`;
  }
  return undefined;
}

export class HsdsRecords {
  readonly services = new Map<string, HsdsService>();
  readonly organizations = new Map<string, HsdsOrganization>();

  constructor(private readonly builder: FeedBuilder) {}

  read(source: string, value: unknown, path = '$'): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.read(source, v, `${path}[${i}]`));
      return;
    }
    if (!isObject(value)) return;
    const raw = peek(value);
    if (Array.isArray(raw.contents)) {
      // Paging is how the API hands out the records; it carries no data of its own.
      for (const key of PAGING) void value[key];
      this.read(source, value.contents, `${path}.contents`);
    } else if (isObject(raw.service) && isObject(raw.location) && !('name' in raw)) {
      const service = value.service as Json;
      this.addService(source, service, `${path}.service`, undefined, { record: value, at: { source, where: path } });
    } else if (isService(raw)) {
      this.addService(source, value, path);
    } else if (isOrganization(raw)) {
      this.addOrganization(source, value, path);
    } else {
      this.builder.leaveOut({ source, where: path }, 'is not an HSDS service, organization or service_at_location record; skipped');
    }
  }

  /**
   * A record whose id came before: the first is used, fields only the copy has are added, and
   * the copy is named in a warning (each field that differs in one of its own).
   */
  private merge(known: Json, knownAt: At, record: Json, where: At, id: string, skip: readonly string[]): void {
    const first = peek(known);
    const copy = peek(record);
    const differing: string[] = [];
    for (const key of Object.keys(copy)) {
      if (skip.includes(key) || copy[key] === undefined || copy[key] === null) continue;
      if (first[key] === undefined || first[key] === null) (known as Json)[key] = record[key];
      else if (JSON.stringify(first[key]) !== JSON.stringify(copy[key])) differing.push(key);
    }
    for (const key of differing) {
      this.builder.leaveOut({ source: where.source, where: `${where.where}.${key}` }, `differs from the first record with the id "${id}"; the first was used`, 'give each record its own id, or remove the copy', id);
    }
        this.builder.leaveOut(where, `the id "${id}" comes again (first at ${knownAt.source} ${knownAt.where}); ${differing.length ? `the first record was used and ${differing.join(', ')} differ` : 'the copies agree and were read as one'}`, undefined, id);
  }

  private addService(source: string, record: Json, path: string, organizationId?: string, placed?: Placed): void {
    const id = str(record.id);
    const where = { source, where: path };
    if (!id) {
      this.builder.error({ source, where: `${path}.id` }, 'the HSDS service has no id; skipped', 'every HSDS record needs an id');
      this.builder.markLeftOut(where);
      return;
    }
    if (isObject(peek(record).organization)) this.addOrganization(source, record.organization as Json, `${path}.organization`, false);
    const orgId = organizationId ?? str(record.organization_id) ?? (isObject(peek(record).organization) ? str(peek(record.organization as Json).id) : undefined);
    const own = list(record.service_at_locations).map((sal, i) => ({ record: sal, at: { source, where: `${path}.service_at_locations[${i}]` } }));
    const locations = placed ? [placed] : own;
    const known = this.services.get(id);
    if (!known) {
      this.services.set(id, { record, at: where, locations, organizationId: orgId });
      return;
    }
    this.merge(known.record, known.at, record, where, id, ['service_at_locations']);
    for (const location of locations) {
      const locationId = str(peek(location.record).id);
      const same = known.locations.find((l) => locationId && str(peek(l.record).id) === locationId);
      if (!same) known.locations.push(location);
      else this.builder.leaveOut(location.at, `the service_at_location "${locationId}" comes again (first at ${same.at.source} ${same.at.where}); read once`, undefined, id);
    }
    known.organizationId ??= orgId;
  }

  private addOrganization(source: string, record: Json, path: string, withServices = true): void {
    const id = str(record.id);
    if (!id) return;
    const known = this.organizations.get(id);
    if (known) this.merge(known.record, known.at, record, { source, where: path }, id, ['services']);
    else this.organizations.set(id, { record, at: { source, where: path } });
    if (withServices) list(record.services).forEach((s, i) => this.addService(source, s, `${path}.services[${i}]`, id));
  }
}
