/**
 * Reads the address's hash into a page and its parameters (`#/continuity/firm/E00012`). A hash comes from links
 * people paste and share, so it can be cut short or malformed (`#/matching/exporter/%`): that must give the
 * not-found page with a way back, never an exception before the app has mounted. An empty hash is the overview.
 */
export const ROUTES = ['start', 'overview', 'validation', 'continuity', 'matching', 'fair', 'booth'] as const;
export type Route = (typeof ROUTES)[number];

/** What the shell shows: a route, or the not-found page for a hash it cannot read. */
export type Page = Route | 'not-found';

export interface ParsedHash {
  route: Page;
  params: string[];
}

export function parseHash(hash: string): ParsedHash {
  const [name = '', ...segments] = hash.replace(/^#\/?/, '').split('?')[0].split('/');
  if (name === '') return { route: 'overview', params: [] };
  if (!(ROUTES as readonly string[]).includes(name)) return { route: 'not-found', params: [] };
  const params: string[] = [];
  for (const s of segments) {
    const decoded = safeDecode(s);
    if (decoded === null) return { route: 'not-found', params: [] };
    if (decoded) params.push(decoded);
  }
  return { route: name as Route, params };
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
