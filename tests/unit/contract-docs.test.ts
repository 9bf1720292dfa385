import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContractDocs } from '../../src/data/contract-docs.ts';
import { CONTRACT } from '../../src/data/contract.ts';

describe('data contract', () => {
  it('docs/data-contract.md is generated from the declaration (run `npm run docs:contract`)', () => {
    expect(readFileSync('docs/data-contract.md', 'utf8')).toBe(renderContractDocs());
  });
  it('declares every foreign key against an existing table and column', () => {
    for (const t of CONTRACT) {
      for (const c of t.columns) {
        if (!c.references) continue;
        const ref = CONTRACT.find((x) => x.name === c.references!.table);
        expect(
          ref?.columns.some((x) => x.name === c.references!.column),
          `${t.name}.${c.name}`,
        ).toBe(true);
      }
    }
  });
  it('names primary-key columns that exist', () => {
    for (const t of CONTRACT)
      for (const k of t.primaryKey ?? []) expect(t.columns.some((c) => c.name === k)).toBe(true);
  });
});
