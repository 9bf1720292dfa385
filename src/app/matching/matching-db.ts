/**
 * The browser's own matching data, in IndexedDB (via `idb`) so that it survives reloads and works offline:
 * the SAVE LIST and the exposure this browser has caused (how often each party was shown in a list here).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PartyType } from '../../data/matching/matching-types.ts';

export interface SavedCandidate {
  /** `${dataset}|${focusType}:${focusId}>${candidateId}` */
  readonly key: string;
  /** The dataset's identity (`sha256:…`, dataset-identity.ts); the display name in entries saved before it. */
  readonly dataset: string;
  /** The name the dataset had when the item was saved, to say which dataset it belongs to. */
  readonly datasetName?: string;
  readonly focusType: PartyType;
  readonly focusId: string;
  readonly focusName: string;
  readonly candidateId: string;
  readonly candidateName: string;
  readonly candidateCountry: string | null;
  readonly score: number;
  readonly seed: number;
  readonly note: string;
  /** ISO-8601. */
  readonly savedAt: string;
}

export interface ShownCount {
  /** `${dataset}|${type}:${id}` */
  readonly key: string;
  /** As in SavedCandidate: the dataset's identity, or its display name in entries recorded before it. */
  readonly dataset: string;
  readonly datasetName?: string;
  readonly type: PartyType;
  readonly id: string;
  readonly count: number;
}

interface MatchingSchema extends DBSchema {
  saved: { key: string; value: SavedCandidate; indexes: { dataset: string } };
  shown: { key: string; value: ShownCount; indexes: { dataset: string } };
}

export const MATCHING_DB = 'export-intel-matching';

let db: Promise<IDBPDatabase<MatchingSchema>> | null = null;

export function matchingDb(): Promise<IDBPDatabase<MatchingSchema>> {
  db ??= openDB<MatchingSchema>(MATCHING_DB, 1, {
    upgrade(d) {
      d.createObjectStore('saved', { keyPath: 'key' }).createIndex('dataset', 'dataset');
      d.createObjectStore('shown', { keyPath: 'key' }).createIndex('dataset', 'dataset');
    },
  });
  return db;
}

/** Closes and forgets the connection (tests: simulates a reload, or lets the database be deleted). */
export async function resetMatchingDb(): Promise<void> {
  const open = db;
  db = null;
  if (open) (await open).close();
}

/**
 * Entries written before datasets had an identity are keyed by the display name (the record has no
 * `datasetName`). The first dataset opened under that name adopts them — re-keyed to its identity, counts
 * added to any it already has — so no saved item is lost and each stays reachable from one dataset only.
 * Returns how many entries were adopted.
 */
export async function adoptNamedEntries(identity: string, name: string): Promise<number> {
  if (!name || name === identity) return 0;
  const d = await matchingDb();
  const tx = d.transaction(['saved', 'shown'], 'readwrite');
  let adopted = 0;
  const saved = tx.objectStore('saved');
  for (const r of await saved.index('dataset').getAll(name)) {
    if (r.datasetName !== undefined) continue;
    const key = `${identity}|${r.key.slice(name.length + 1)}`;
    await saved.delete(r.key);
    const existing = await saved.get(key);
    await saved.put(
      existing
        ? { ...existing, note: existing.note || r.note }
        : { ...r, key, dataset: identity, datasetName: name },
    );
    adopted++;
  }
  const shown = tx.objectStore('shown');
  for (const r of await shown.index('dataset').getAll(name)) {
    if (r.datasetName !== undefined) continue;
    const key = `${identity}|${r.type}:${r.id}`;
    const existing = await shown.get(key);
    await shown.delete(r.key);
    await shown.put({
      ...r,
      key,
      dataset: identity,
      datasetName: name,
      count: r.count + (existing?.count ?? 0),
    });
    adopted++;
  }
  await tx.done;
  return adopted;
}
