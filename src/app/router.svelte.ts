/**
 * Hash routing (`#/overview`), so the app works from any static host, S3 and file:// without server
 * rewrites. The `?data=` query parameter names a dataset URL to load at start.
 */
export const ROUTES = ['start', 'overview', 'validation'] as const;
export type Route = (typeof ROUTES)[number];

function parse(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}

export class Router {
  route = $state<Route>(parse(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.route = parse(location.hash);
    });
  }

  go(route: Route): void {
    if (typeof location !== 'undefined' && location.hash !== `#/${route}`) location.hash = `#/${route}`;
    this.route = route;
  }
}

/** The dataset URL given as `?data=…`, if any. */
export function dataParam(): string | null {
  if (typeof location === 'undefined') return null;
  return new URLSearchParams(location.search).get('data');
}
