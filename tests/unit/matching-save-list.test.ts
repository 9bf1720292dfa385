/**
 * SAVE LIST: the CSV export (through the shared writer, tests/unit/csv-writer.test.ts) and the IndexedDB store
 * (add, note, remove, per dataset, kept across connections) on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MATCHING_DB,
  adoptNamedEntries,
  matchingDb,
  resetMatchingDb,
} from '../../src/app/matching/matching-db.ts';
import {
  listSaved,
  removeSaved,
  saveCandidate,
  saveListCsv,
  updateNote,
  type NewSaved,
} from '../../src/app/matching/save-list-store.ts';
import { countryName } from '../../src/core/names/index.ts';
import { clearShown, recordShown, shownCounts } from '../../src/app/matching/exposure-store.ts';

const item = (candidateId: string, dataset = 'sample', datasetName = dataset): NewSaved => ({
  dataset,
  datasetName,
  focusType: 'exporter',
  focusId: 'E000001',
  focusName: '에이치엠코스메틱(주)',
  candidateId,
  candidateName: `Buyer ${candidateId}, Inc.`,
  candidateCountry: 'JP',
  score: 0.81234,
  seed: 42,
});

describe('SAVE LIST store (IndexedDB)', () => {
  beforeEach(async () => {
    await resetMatchingDb();
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase(MATCHING_DB);
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
    });
  });

  it('adds, annotates, removes, and keeps datasets apart', async () => {
    await saveCandidate(item('B1'));
    await saveCandidate(item('B2'));
    await saveCandidate(item('B9', 'other'));
    expect((await listSaved('sample')).map((s) => s.candidateId).sort()).toEqual(['B1', 'B2']);
    const [b1] = (await listSaved('sample')).filter((s) => s.candidateId === 'B1');
    await updateNote(b1.key, '6월 수출대전에서 상담, "샘플" 요청');
    // Saving again keeps the note and the first save time.
    await saveCandidate(item('B1'));
    const again = (await listSaved('sample')).find((s) => s.candidateId === 'B1');
    expect(again?.note).toBe('6월 수출대전에서 상담, "샘플" 요청');
    expect(again?.savedAt).toBe(b1.savedAt);
    await removeSaved(b1.key);
    expect((await listSaved('sample')).map((s) => s.candidateId)).toEqual(['B2']);
    expect((await listSaved('other')).map((s) => s.candidateId)).toEqual(['B9']);
  });

  it('survives a new connection (a reload)', async () => {
    await saveCandidate(item('B1'));
    await resetMatchingDb();
    expect((await listSaved('sample')).map((s) => s.candidateId)).toEqual(['B1']);
  });

  it('exports the list as the screen shows it: Korean headers, score 0–100, country names', async () => {
    await saveCandidate({ ...item('B1'), note: '=1+1' });
    const rows = await listSaved('sample');
    const ko = saveListCsv(rows, 'ko', (c) => countryName(c, 'ko'));
    const lines = ko.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('대상 기업,대상 기업 ID,추천 기업,추천 기업 ID,국가,점수,메모,저장일');
    expect(lines[1]).toMatch(
      /^에이치엠코스메틱\(주\),E000001,"Buyer B1, Inc\.",B1,일본,81,'=1\+1,\d{4}년 \d{1,2}월 \d{1,2}일$/,
    );
    const en = saveListCsv(rows, 'en', (c) => countryName(c, 'en'))
      .slice(1)
      .trim()
      .split('\r\n');
    expect(en[0]).toBe('For,For (ID),Candidate,Candidate ID,Country,Score,Note,Saved');
    expect(en[1]).toContain(',Japan,81,');
  });

  it('tallies the exposure caused in this browser', async () => {
    await recordShown('sample', 'sample', 'buyer', ['B1', 'B2', 'B1']);
    await recordShown('sample', 'sample', 'buyer', ['B1']);
    const c = await shownCounts('sample');
    expect(c.buyer.get('B1')).toBe(2);
    expect(c.buyer.get('B2')).toBe(1);
    await clearShown('sample');
    expect((await shownCounts('sample')).buyer.size).toBe(0);
  });

  // Identities as the loader gives them (tests/integration/dataset-identity.test.ts): same name, other bytes.
  const A = `sha256:${'a'.repeat(64)}`;
  const B = `sha256:${'b'.repeat(64)}`;

  it('two datasets with the same name do not share a list, and each item says its dataset', async () => {
    await saveCandidate(item('B1', A, 'export-intel sample'));
    await saveCandidate(item('B2', B, 'export-intel sample'));
    expect((await listSaved(A)).map((s) => [s.candidateId, s.datasetName])).toEqual([
      ['B1', 'export-intel sample'],
    ]);
    expect((await listSaved(B)).map((s) => s.candidateId)).toEqual(['B2']);
    await recordShown(A, 'export-intel sample', 'buyer', ['B1']);
    expect((await shownCounts(B)).buyer.size).toBe(0);
  });

  it('entries keyed by name before identities are adopted by the first dataset of that name, none lost', async () => {
    const db = await matchingDb();
    const { datasetName: _, ...legacy } = {
      ...item('B1', 'export-intel sample'),
      note: '상담 예정',
      savedAt: '2026-01-02T00:00:00Z',
    };
    await db.put('saved', { ...legacy, key: 'export-intel sample|exporter:E000001>B1' });
    await db.put('shown', {
      key: 'export-intel sample|buyer:B1',
      dataset: 'export-intel sample',
      type: 'buyer',
      id: 'B1',
      count: 3,
    });
    await recordShown(A, 'export-intel sample', 'buyer', ['B1']); // counted under the identity already
    expect(await adoptNamedEntries(A, 'export-intel sample')).toBe(2);
    await resetMatchingDb(); // a reload
    const saved = await listSaved(A);
    expect(saved.map((s) => [s.key, s.candidateId, s.note, s.datasetName, s.savedAt])).toEqual([
      [`${A}|exporter:E000001>B1`, 'B1', '상담 예정', 'export-intel sample', '2026-01-02T00:00:00Z'],
    ]);
    expect((await shownCounts(A)).buyer.get('B1')).toBe(4);
    // Another dataset of the same name finds nothing left to adopt, and does not see A's list.
    expect(await adoptNamedEntries(B, 'export-intel sample')).toBe(0);
    expect(await listSaved(B)).toEqual([]);
    expect(await listSaved('export-intel sample')).toEqual([]);
    // Saved after adoption: not adopted again.
    expect(await adoptNamedEntries(A, 'export-intel sample')).toBe(0);
    expect(await listSaved(A)).toHaveLength(1);
  });
});
