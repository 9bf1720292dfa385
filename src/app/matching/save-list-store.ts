/**
 * SAVE LIST (저장 목록): candidates the user keeps, with a note, per dataset. Add, remove, edit the note, list, and
 * export as CSV. Stored in IndexedDB (matching-db.ts), so it survives reloads and works offline.
 */
import { matchingDb, type SavedCandidate } from './matching-db.ts';
import { toCsv, type CsvColumn } from './save-list-csv.ts';

export function savedKey(
  dataset: string,
  s: Pick<SavedCandidate, 'focusType' | 'focusId' | 'candidateId'>,
): string {
  return `${dataset}|${s.focusType}:${s.focusId}>${s.candidateId}`;
}

/** The keys of saved candidates, for "is this card saved?". */
export function savedKeySet(rows: readonly SavedCandidate[]): ReadonlySet<string> {
  return new Set(rows.map((r) => r.key));
}

export type NewSaved = Omit<SavedCandidate, 'key' | 'savedAt' | 'note'> & { note?: string };

export async function saveCandidate(item: NewSaved): Promise<SavedCandidate> {
  const db = await matchingDb();
  const key = savedKey(item.dataset, item);
  const existing = await db.get('saved', key);
  const record: SavedCandidate = {
    ...item,
    key,
    note: item.note ?? existing?.note ?? '',
    savedAt: existing?.savedAt ?? new Date().toISOString(),
  };
  await db.put('saved', record);
  return record;
}

export async function removeSaved(key: string): Promise<void> {
  await (await matchingDb()).delete('saved', key);
}

export async function updateNote(key: string, note: string): Promise<void> {
  const db = await matchingDb();
  const tx = db.transaction('saved', 'readwrite');
  const r = await tx.store.get(key);
  if (r) await tx.store.put({ ...r, note });
  await tx.done;
}

/** The dataset's saved candidates, newest first. */
export async function listSaved(dataset: string): Promise<SavedCandidate[]> {
  const rows = await (await matchingDb()).getAllFromIndex('saved', 'dataset', dataset);
  return rows.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

export const SAVE_LIST_COLUMNS: readonly CsvColumn<SavedCandidate>[] = [
  { header: 'focus_type', value: (r) => r.focusType },
  { header: 'focus_id', value: (r) => r.focusId },
  { header: 'focus_name', value: (r) => r.focusName },
  { header: 'candidate_id', value: (r) => r.candidateId },
  { header: 'candidate_name', value: (r) => r.candidateName },
  { header: 'candidate_country', value: (r) => r.candidateCountry },
  { header: 'score', value: (r) => Math.round(r.score * 1e4) / 1e4 },
  { header: 'seed', value: (r) => r.seed },
  { header: 'note', value: (r) => r.note },
  { header: 'saved_at', value: (r) => r.savedAt },
];

export function saveListCsv(rows: readonly SavedCandidate[]): string {
  return toCsv(rows, SAVE_LIST_COLUMNS);
}
