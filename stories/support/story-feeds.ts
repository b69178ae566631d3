/**
 * Feed URLs for stories that need a state the static sample feed cannot give: a request that
 * never answers (loading), a server error, a feed of a newer version. They are answered in the
 * page, so the built Storybook needs no server and no network.
 */
export const SAMPLE_FEED = 'feeds/sample.json';
export const PENDING_FEED = '/__story/pending.json';
export const BROKEN_FEED = '/__story/broken.json';
export const NEWER_FEED = '/__story/version-2.json';

let installed = false;

export function installStoryFeeds(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    switch (url.pathname) {
      case PENDING_FEED:
        return new Promise<Response>(() => {});
      case BROKEN_FEED:
        return Promise.resolve(new Response('Internal Server Error', { status: 500 }));
      case NEWER_FEED:
        return Promise.resolve(
          Response.json({ version: '2.0', publisher: { name: { fi: 'Tuleva' } }, updated: '2030-01-01T00:00:00Z' }),
        );
      default:
        return realFetch(input, init);
    }
  };
}
