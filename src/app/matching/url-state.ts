/**
 * The shareable part of a recommendation list in the address: `#/matching/exporter/E000123?seed=42&event=EV2024-CGF`.
 * The router ignores what follows `?` in the hash, so it is parsed here. The same seed (and event) gives the same
 * list, so staff can send a link and the recipient sees exactly those 10 partners.
 */
import type { PartyType } from '../../data/matching/matching-types.ts';

export interface ListQuery {
  readonly seed: number | null;
  readonly event: string | null;
}

const MAX_SEED = 0xffffffff;

export function parseListQuery(hash: string): ListQuery {
  const q = hash.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
  const s = params.get('seed');
  const n = s !== null && /^\d{1,10}$/.test(s) ? Number(s) : NaN;
  const event = params.get('event');
  return {
    seed: Number.isInteger(n) && n <= MAX_SEED ? n : null,
    event: event && event.length > 0 ? event : null,
  };
}

export function listHash(side: PartyType, id: string, query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.seed !== null) params.set('seed', String(query.seed));
  if (query.event) params.set('event', query.event);
  const qs = params.toString();
  return `#/matching/${side}/${encodeURIComponent(id)}${qs ? `?${qs}` : ''}`;
}

/** A fresh seed for a new visit (fresh but still good partners); reproducible once it is in the address. */
export function freshSeed(): number {
  const a = new Uint32Array(1);
  globalThis.crypto.getRandomValues(a);
  return a[0] % 1_000_000;
}
