/**
 * The journal's Arrow columns are built without Arrow's builders (which use `new Function`, forbidden by the
 * app's CSP): check they hold the values, the nulls and the types, including Korean text and an empty table.
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { matchesArrowTable, matchesIpcStream } from '../../src/data/fair/matches-arrow.ts';
import type { MatchRow } from '../../src/data/fair/match-row.ts';

const row = (i: number, extra: Partial<MatchRow> = {}): MatchRow => ({
  match_id: `M${i}`,
  event_id: i % 2 ? 'EV1' : null,
  exporter_id: `E${i}`,
  buyer_id: `B${i}`,
  requested_by: 'agency',
  requested_at: '2024-06-19 10:00:00',
  status: 'met',
  updated_at: `2024-06-19 1${i % 10}:30:00`,
  contract_value_usd: i % 3 ? null : i * 1000,
  ...extra,
});

describe('matches as Arrow without builders', () => {
  it('round-trips through an IPC stream with contract types and nulls', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(i, i === 3 ? { match_id: '화장품-매칭-3' } : {}));
    const t = tableFromIPC(matchesIpcStream(rows));
    expect(t.numRows).toBe(20);
    expect(String(t.schema.fields.map((f) => f.type))).toBe(
      'Utf8,Utf8,Utf8,Utf8,Utf8,Timestamp<MILLISECOND>,Utf8,Timestamp<MILLISECOND>,Float64',
    );
    expect(t.getChild('match_id')?.get(3)).toBe('화장품-매칭-3');
    expect(t.getChild('event_id')?.get(0)).toBeNull();
    expect(t.getChild('event_id')?.get(1)).toBe('EV1');
    expect(t.getChild('contract_value_usd')?.get(3)).toBe(3000);
    expect(t.getChild('contract_value_usd')?.get(1)).toBeNull();
    expect(Number(t.getChild('updated_at')?.get(5))).toBe(Date.parse('2024-06-19T15:30:00Z'));
  });

  it('builds an empty table', () => {
    expect(matchesArrowTable([]).numRows).toBe(0);
  });
});
