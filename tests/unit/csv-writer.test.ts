/**
 * The one CSV writer (src/core/csv.ts) that every export goes through: RFC 4180 quoting, CRLF, optional BOM, and
 * the spreadsheet formula guard. The schedule, SAVE LIST and continuity index exports are each checked for the
 * guard with a firm name that a spreadsheet would otherwise run.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/core/csv.ts';
import { scheduleCsv } from '../../src/data/fair/schedule-csv.ts';
import { indexCsv } from '../../src/data/continuity/index-table.ts';
import { saveListCsv } from '../../src/app/matching/save-list-store.ts';
import type { Schedule } from '../../src/core/schedule/schedule-types.ts';
import type { ScheduleParty } from '../../src/data/fair/schedule-input.ts';

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
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('a=b'); // only the first character matters
  });
  it('writes numbers as they are and missing values as empty cells', () => {
    expect(csvCell(0.7791)).toBe('0.7791');
    expect(csvCell(-3)).toBe('-3'); // numbers are not formulas
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('writes booleans as true/false', () => {
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
  });
  it('starts with a BOM when asked and ends lines with CRLF', () => {
    const columns = [{ header: 'a', value: (r: { a: string }) => r.a }];
    expect(toCsv([{ a: 'x' }], columns)).toBe('a\r\nx\r\n');
    const csv = toCsv(
      [{ a: '한글', b: 1 }],
      [
        { header: 'a', value: (r) => r.a },
        { header: 'b', value: (r) => r.b },
      ],
      { bom: true },
    );
    expect(csv).toBe('\uFEFFa,b\r\n한글,1\r\n');
  });
});

const HOSTILE = '=HYPERLINK("http://x")';

function party(id: string, name: string, detail: string | null = null): ScheduleParty {
  return { id, name, nameEn: null, detail, maxMeetings: null };
}

describe('every CSV export guards formulas', () => {
  it('a schedule CSV with a firm named =HYPERLINK("http://x") opens as text', () => {
    const pair = { id: 'M1', exporter: 'E1', buyer: 'B1' };
    const schedule: Schedule = {
      slots: 1,
      meetings: [{ pair, slot: 0 }],
      unscheduled: [{ pair: { id: '+M2', exporter: 'E1', buyer: '@B2' }, reason: 'buyer-full' }],
      exporters: [],
      buyers: [],
      perSlot: [1],
    };
    const csv = scheduleCsv(
      'EV1',
      schedule,
      [{ index: 0, day: '2024-05-01', start: '10:00', end: '10:30' }],
      new Map([['E1', party('E1', HOSTILE)]]),
      new Map([
        ['B1', party('B1', '-1+1', 'JP')],
        ['@B2', party('@B2', 'Buyer')],
      ]),
    );
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe(`EV1,2024-05-01,10:00,10:30,1,E1,"'=HYPERLINK(""http://x"")",B1,'-1+1,JP,M1,true,`);
    expect(lines[2]).toBe(`EV1,,,,,E1,"'=HYPERLINK(""http://x"")",'@B2,Buyer,,'+M2,false,buyer-full`);
  });
  it('the SAVE LIST and continuity index CSVs too', () => {
    const saved = saveListCsv(
      [
        {
          key: 'k',
          dataset: 'd',
          focusType: 'exporter',
          focusId: 'E1',
          focusName: HOSTILE,
          candidateId: 'B1',
          candidateName: '@SUM(1)',
          candidateCountry: 'JP',
          score: 0.5,
          seed: 1,
          note: '+A1',
          savedAt: '2024-01-01T00:00:00.000Z',
        },
      ],
      'ko',
      (c) => c,
    );
    expect(saved).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(saved).toContain("'@SUM(1)");
    expect(saved).toContain("'+A1");
    expect(
      indexCsv([{ exporter_id: '=1+1', year: 2024, status: 'continuing', index: 1, risk_group: true }]),
    ).toContain("'=1+1,2024");
  });
});
