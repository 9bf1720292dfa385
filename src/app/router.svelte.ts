/**
 * Hash routing (`#/continuity/firm/E00012`), so the app works from any static host, S3 and file://
 * without server rewrites. The first segment picks the page; the rest are that page's parameters.
 * The `?data=` query parameter names a dataset URL to load at start.
 */
export const ROUTES = ['start', 'overview', 'validation', 'continuity', 'matching', 'fair', 'booth'] as const;
export type Route = (typeof ROUTES)[number];

interface Parsed {
  route: Route;
  params: string[];
}

function parse(hash: string): Parsed {
  const [name = '', ...params] = hash
    .replace(/^#\/?/, '')
    .split('?')[0]
    .split('/')
    .map((s) => decodeURIComponent(s));
  return (ROUTES as readonly string[]).includes(name)
    ? { route: name as Route, params: params.filter(Boolean) }
    : { route: 'overview', params: [] };
}

export class Router {
  #parsed = $state<Parsed>(parse(globalThis.location?.hash ?? ''));
  route = $derived(this.#parsed.route);
  /** Segments after the route name, e.g. ['firm', 'E00012']. */
  params = $derived(this.#parsed.params);

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.#parsed = parse(location.hash);
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
