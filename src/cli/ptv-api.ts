/**
 * Reading the PTV open API itself (`import ptv --api URL --organization ID`): the organisation,
 * its services page by page and each service's channels, politely (one request at a time with
 * a pause), with a timeout and retries with growing pauses on failures the server may get over.
 */
import { CannotRun, type Io, type SourceDocument } from './io.js';

type Json = Record<string, unknown>;

export interface ApiOptions {
  /** Pause between requests, ms. */
  readonly pause?: number;
  readonly timeout?: number;
  readonly retries?: number;
}

const DEFAULTS = { pause: 250, timeout: 30_000, retries: 4 } as const;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

class ApiReader {
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private last = 0;

  constructor(
    private readonly base: URL,
    io: Io,
    private readonly options: Required<ApiOptions>,
  ) {
    this.fetch = io.fetch ?? fetch;
    this.sleep = io.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async get(path: string): Promise<{ url: string; data: unknown }> {
    const url = new URL(path.replace(/^\//, ''), this.base).href;
    let problem = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt) await this.sleep(this.options.pause * 2 ** attempt);
      const wait = this.last + this.options.pause - Date.now();
      if (this.last && wait > 0) await this.sleep(wait);
      this.last = Date.now();
      try {
        const response = await this.fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.options.timeout) });
        if (response.ok) return { url, data: JSON.parse(await response.text()) as unknown };
        problem = `HTTP ${response.status}`;
        if (!RETRY_STATUS.has(response.status)) break;
      } catch (error) {
        problem = (error as Error).name === 'TimeoutError' ? `no answer in ${this.options.timeout / 1000} s` : (error as Error).message;
      }
    }
    throw new CannotRun(`cannot read ${url}: ${problem}`);
  }
}

/** The organisation, its services and their channels from the PTV API at `api` (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11/). */
export async function readPtvApi(api: string, organization: string, io: Io, options: ApiOptions = {}): Promise<SourceDocument[]> {
  if (!/^https?:\/\//.test(api)) throw new CannotRun('--api must be an http(s) address, e.g. https://api.palvelutietovaranto.suomi.fi/api/v11/');
  if (!/^[\w-]+$/.test(organization)) throw new CannotRun('--organization must be a PTV organisation id (a GUID)');
  const reader = new ApiReader(new URL(api.endsWith('/') ? api : `${api}/`), io, { ...DEFAULTS, ...options });
  const documents: SourceDocument[] = [];
  const org = await reader.get(`Organization/${organization}`);
  documents.push({ source: org.url, data: org.data });
  for (let page = 1, pages = 1; page <= pages; page++) {
    const listed = await reader.get(`Service/list/organization?organizationId=${organization}&page=${page}`);
    documents.push({ source: listed.url, data: listed.data });
    const count = isObject(listed.data) ? Number(listed.data.pageCount) : 1;
    pages = Number.isFinite(count) && count > 0 ? Math.min(count, 500) : 1;
  }
  const channelIds = new Set<string>();
  for (const page of documents.slice(1)) {
    for (const service of (isObject(page.data) && Array.isArray(page.data.itemList) ? page.data.itemList : []).filter(isObject)) {
      for (const link of Array.isArray(service.serviceChannels) ? service.serviceChannels.filter(isObject) : []) {
        const id = isObject(link.serviceChannel) ? link.serviceChannel.id : undefined;
        if (typeof id === 'string') channelIds.add(id);
      }
    }
  }
  for (const id of channelIds) {
    const channel = await reader.get(`ServiceChannel/${id}`);
    documents.push({ source: channel.url, data: channel.data });
  }
  return documents;
}
