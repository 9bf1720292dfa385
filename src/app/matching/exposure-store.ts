/**
 * Exposure caused in this browser (공정한 기회 제공): each list shown adds one to every party in it. Together with the
 * past exposure in the data (web-log views, requests received) it drives the exposure boost, and staff see its
 * distribution (Gini, Lorenz curve) on the exposure page.
 */
import type { PartyType } from '../../data/matching/matching-types.ts';
import { matchingDb } from './matching-db.ts';

/** Adds one to each party shown; `dataset` is the identity, `datasetName` its name, to say whose counts they are. */
export async function recordShown(
  dataset: string,
  datasetName: string,
  type: PartyType,
  ids: readonly string[],
): Promise<void> {
  const db = await matchingDb();
  const tx = db.transaction('shown', 'readwrite');
  for (const id of new Set(ids)) {
    const key = `${dataset}|${type}:${id}`;
    const r = await tx.store.get(key);
    await tx.store.put({ key, dataset, datasetName, type, id, count: (r?.count ?? 0) + 1 });
  }
  await tx.done;
}

export type ShownCounts = Readonly<Record<PartyType, ReadonlyMap<string, number>>>;

export function emptyShownCounts(): ShownCounts {
  return { exporter: new Map(), buyer: new Map() };
}

/** Shown counts of one dataset per party type (id → count). */
export async function shownCounts(dataset: string): Promise<ShownCounts> {
  const rows = await (await matchingDb()).getAllFromIndex('shown', 'dataset', dataset);
  const out: Record<PartyType, Map<string, number>> = { exporter: new Map(), buyer: new Map() };
  for (const r of rows) out[r.type].set(r.id, r.count);
  return out;
}

export async function clearShown(dataset: string): Promise<void> {
  const db = await matchingDb();
  const tx = db.transaction('shown', 'readwrite');
  for (const key of await tx.store.index('dataset').getAllKeys(dataset)) await tx.store.delete(key);
  await tx.done;
}
