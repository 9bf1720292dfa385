/**
 * Hash routing (`#/continuity/firm/E00012`), so the app works from any static host, S3 and file://
 * without server rewrites. The first segment picks the page; the rest are that page's parameters.
 * The `?data=` query parameter names a dataset URL to load at start. Parsing is in hash-route.ts.
 */
import { parseHash, type Page, type ParsedHash, type Route } from './hash-route.ts';

export { ROUTES, type Page, type Route } from './hash-route.ts';

export class Router {
  #parsed = $state<ParsedHash>(parseHash(globalThis.location?.hash ?? ''));
  route = $derived<Page>(this.#parsed.route);
  /** Segments after the route name, e.g. ['firm', 'E00012']. */
  params = $derived(this.#parsed.params);

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.#parsed = parseHash(location.hash);
    });
  }

  go(route: Route, ...params: string[]): void {
    const hash = `#/${[route, ...params].map(encodeURIComponent).join('/')}`;
    if (typeof location !== 'undefined' && location.hash !== hash) location.hash = hash;
    this.#parsed = { route, params };
  }

  href(route: Route, ...params: string[]): string {
    return `#/${[route, ...params].map(encodeURIComponent).join('/')}`;
  }
}

/** The dataset URL given as `?data=…`, if any. */
export function dataParam(): string | null {
  if (typeof location === 'undefined') return null;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once at start, not state
  return new URLSearchParams(location.search).get('data');
}
