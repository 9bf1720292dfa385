/**
 * SAVE LIST: the CSV export (Excel-safe: BOM, CRLF, RFC 4180 quoting, no formula injection) and the IndexedDB store
 * (add, note, remove, per dataset, kept across connections) on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/app/matching/save-list-csv.ts';
import { MATCHING_DB, resetMatchingDb } from '../../src/app/matching/matching-db.ts';
import {
  listSaved,
  removeSaved,
  saveCandidate,
  saveListCsv,
  updateNote,
  type NewSaved,
} from '../../src/app/matching/save-list-store.ts';
import { clearShown, recordShown, shownCounts } from '../../src/app/matching/exposure-store.ts';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Kapadokya Ticaret A.Ş.')).toBe('Kapadokya Ticaret A.Ş.');
    expect(csvCell('HM Cosmetic Co., Ltd.')).toBe('"HM Cosmetic Co., Ltd."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });
  it('neutralises spreadsheet formulas typed into names or notes', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1 call')).toBe("'+1 call");
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('writes numbers as they are and missing values as empty cells', () => {
    expect(csvCell(0.7791)).toBe('0.7791');
    expect(csvCell(-3)).toBe('-3'); // numbers are not formulas
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('starts with a BOM and ends lines with CRLF', () => {
    const csv = toCsv(
      [{ a: '한글', b: 1 }],
      [
        { header: 'a', value: (r) => r.a },
        { header: 'b', value: (r) => r.b },
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n한글,1\r\n');
  });
});

const item = (candidateId: string, dataset = 'sample'): NewSaved => ({
  dataset,
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

  it('exports the list as CSV with one row per candidate', async () => {
    await saveCandidate({ ...item('B1'), note: '=1+1' });
    const csv = saveListCsv(await listSaved('sample'));
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'focus_type,focus_id,focus_name,candidate_id,candidate_name,candidate_country,score,seed,note,saved_at',
    );
    expect(lines[1]).toMatch(
      /^exporter,E000001,에이치엠코스메틱\(주\),B1,"Buyer B1, Inc\.",JP,0\.8123,42,'=1\+1,\d{4}-/,
    );
  });

  it('tallies the exposure caused in this browser', async () => {
    await recordShown('sample', 'buyer', ['B1', 'B2', 'B1']);
    await recordShown('sample', 'buyer', ['B1']);
    const c = await shownCounts('sample');
    expect(c.buyer.get('B1')).toBe(2);
    expect(c.buyer.get('B2')).toBe(1);
    await clearShown('sample');
    expect((await shownCounts('sample')).buyer.size).toBe(0);
  });
});
