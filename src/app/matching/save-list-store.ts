/**
 * SAVE LIST (저장 목록): candidates the user keeps, with a note, per dataset. Add, remove, edit the note, list, and
 * export as CSV. Stored in IndexedDB (matching-db.ts), so it survives reloads and works offline.
 */
import { matchingDb, type SavedCandidate } from './matching-db.ts';
import { toCsv, type CsvColumn } from '../../core/csv.ts';
import type { MessageKey } from '../i18n/messages-ko.ts';
import { makeFmt, translate, type Locale } from '../i18n/translate.ts';

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

export type NewSaved = Omit<SavedCandidate, 'key' | 'savedAt' | 'note' | 'datasetName'> & {
  datasetName: string;
  note?: string;
};

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

/**
 * The SAVE LIST as the screen shows it, in the reader's language: the same column names (Korean headers in the
 * Korean UI), the score on the screen's 0–100 scale, country names instead of ISO codes, the saved date as
 * shown. Ids get their own columns so that the file can be joined with the agency's other data.
 */
function saveListColumns(
  locale: Locale,
  countryName: (iso2: string) => string,
): readonly CsvColumn<SavedCandidate>[] {
  const t = (key: MessageKey) => translate(locale, key);
  const fmt = makeFmt(locale);
  return [
    { header: t('matching.saved.for'), value: (r) => r.focusName },
    { header: t('matching.saved.forId'), value: (r) => r.focusId },
    { header: t('matching.saved.candidate'), value: (r) => r.candidateName },
    { header: t('matching.saved.candidateId'), value: (r) => r.candidateId },
    {
      header: t('matching.saved.country'),
      value: (r) => (r.candidateCountry ? countryName(r.candidateCountry) : ''),
    },
    { header: t('matching.saved.score'), value: (r) => Math.round(r.score * 100) },
    { header: t('matching.saved.note'), value: (r) => r.note },
    { header: t('matching.saved.date'), value: (r) => fmt.date(r.savedAt) },
  ];
}

export function saveListCsv(
  rows: readonly SavedCandidate[],
  locale: Locale,
  countryName: (iso2: string) => string,
): string {
  return toCsv(rows, saveListColumns(locale, countryName), { bom: true });
}
