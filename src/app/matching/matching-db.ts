/**
 * The browser's own matching data, in IndexedDB (via `idb`) so that it survives reloads and works offline:
 * the SAVE LIST and the exposure this browser has caused (how often each party was shown in a list here).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PartyType } from '../../data/matching/matching-types.ts';

export interface SavedCandidate {
  /** `${dataset}|${focusType}:${focusId}>${candidateId}` */
  readonly key: string;
  readonly dataset: string;
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
  readonly dataset: string;
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
