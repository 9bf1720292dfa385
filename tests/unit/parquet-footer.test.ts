/**
 * Our Thrift footer reader against an independent one (hyparquet's parquetMetadata) on every corpus file
 * both can parse, and the size limits on the decompression bomb — including a footer that lies.
 */
import { readFileSync } from 'node:fs';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { readParquetFooter, totalUncompressedBytes } from '../../src/data/parquet/parquet-footer.ts';
import {
  DEFAULT_PARQUET_LIMITS,
  checkParquetLimits,
  pageHeaderUncompressedBytes,
} from '../../src/data/parquet/parquet-limits.ts';
import { planParquet } from '../../src/data/parquet/parquet-plan.ts';
import { patchFooterInt } from './helpers/parquet-footer-patch.ts';

const root = new URL('../fixtures/parquet-testing/', import.meta.url);
const fixture = (p: string): Uint8Array => new Uint8Array(readFileSync(new URL(p, root)));
const manifest = readFileSync(new URL('MANIFEST.tsv', root), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]);
const BOMB = 'data/large_string_map.brotli.parquet';

function thrown(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readParquetFooter', () => {
  it('agrees with hyparquet on rows, row groups, columns and uncompressed sizes for every readable file', () => {
    let compared = 0;
    for (const path of manifest.filter((p) => !p.startsWith('synthetic-bad/'))) {
      const bytes = fixture(path);
      let reference: ReturnType<typeof parquetMetadata>;
      try {
        reference = parquetMetadata(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        );
      } catch {
        continue; // hyparquet cannot parse it (PARQUET-1481): nothing to compare against
      }
      const footer = readParquetFooter(bytes, path);
      expect(footer.rows, path).toBe(Number(reference.num_rows));
      expect(
        footer.rowGroups.map((rg) => rg.rows),
        path,
      ).toEqual(reference.row_groups.map((rg) => Number(rg.num_rows)));
      const refUncompressed = reference.row_groups
        .flatMap((rg) => rg.columns)
        .reduce((s, c) => s + Number(c.meta_data?.total_uncompressed_size ?? 0), 0);
      expect(totalUncompressedBytes(footer), path).toBe(refUncompressed);
      const topLevel = reference.schema.slice(1).filter((_, i, all) => isTopLevel(all, i));
      expect(footer.columns, path).toEqual(topLevel.map((s) => s.name));
      compared++;
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('refuses a footer whose length field points outside the file', () => {
    const bytes = fixture('data/alltypes_plain.parquet').slice();
    new DataView(bytes.buffer).setUint32(bytes.length - 8, bytes.length, true);
    expect(thrown(() => readParquetFooter(bytes, 'x.parquet')).code).toBe('bad-footer');
  });

  it('refuses a footer that is not Thrift', () => {
    const bytes = fixture('data/alltypes_plain.parquet').slice();
    const len = new DataView(bytes.buffer).getUint32(bytes.length - 8, true);
    bytes.fill(0xff, bytes.length - 8 - len, bytes.length - 8);
    const err = thrown(() => readParquetFooter(bytes, 'x.parquet'));
    expect(err.code).toBe('bad-footer');
    expect(err.message).toMatch(/^x\.parquet: the Parquet footer/);
  });
});

describe('row counts a footer cannot hold', () => {
  // A real file from another writer (parquet-mr): one row group of 8 rows, 11 flat columns.
  const original = fixture('data/alltypes_plain.parquet');
  const FILE_ROWS = [3];
  const GROUP_ROWS = [4, 0, 3];

  it('calls a footer claiming 2^62 rows corrupt, for the file and for a row group', () => {
    for (const [where, bytes] of [
      ['the file', patchFooterInt(original, FILE_ROWS, 2n ** 62n)],
      ['row group 0', patchFooterInt(original, GROUP_ROWS, 2n ** 62n)],
    ] as const) {
      const err = thrown(() => planParquet(bytes, { fileName: 'big.parquet' }));
      expect(err.code).toBe('bad-footer');
      expect(err.message).toMatch(/^big\.parquet: the Parquet footer \(the file's metadata\) is corrupt/);
      expect(err.message).toContain(`claims 4.6e+18 rows for ${where}`);
      expect(err.message).not.toMatch(/layout|too large|decoder/);
    }
  });

  it('calls a negative row count corrupt', () => {
    const err = thrown(() => readParquetFooter(patchFooterInt(original, GROUP_ROWS, -1n), 'neg.parquet'));
    expect(err.code).toBe('bad-footer');
    expect(err.message).toContain('claims -1 rows for row group 0');
  });

  it('calls a row group with more rows than its columns hold values corrupt, naming the column', () => {
    const err = thrown(() => readParquetFooter(patchFooterInt(original, GROUP_ROWS, 9n), 'x.parquet'));
    expect(err.code).toBe('bad-footer');
    expect(err.message).toContain('row group 0 claims 9 rows, but its column "id" holds only 8 values');
  });

  it('reads the unpatched file and the patch itself round-trips', () => {
    expect(readParquetFooter(original, 'ok.parquet').rowGroups.map((rg) => rg.rows)).toEqual([8]);
    const same = patchFooterInt(original, GROUP_ROWS, 8n);
    expect(same).toEqual(original);
    const seven = readParquetFooter(patchFooterInt(original, FILE_ROWS, 7n), 'seven.parquet');
    expect(seven.rows).toBe(7); // the file-level count is not checked against the groups (see the corpus)
  });
});

/** hyparquet's flat schema: an element is top-level if the root's children walk reaches it directly. */
function isTopLevel(elements: { num_children?: number }[], index: number): boolean {
  let i = 0;
  while (i < elements.length) {
    if (i === index) return true;
    if (i > index) return false;
    i = skip(elements, i);
  }
  return false;
}

function skip(elements: { num_children?: number }[], i: number): number {
  const n = elements[i].num_children ?? 0;
  let next = i + 1;
  for (let c = 0; c < n; c++) next = skip(elements, next);
  return next;
}

describe('size limits', () => {
  it('refuses the decompression bomb from its footer, before decompressing', () => {
    const bytes = fixture(BOMB);
    const footer = readParquetFooter(bytes, BOMB);
    expect(totalUncompressedBytes(footer)).toBeGreaterThan(2 ** 31);
    const err = thrown(() => checkParquetLimits(bytes, footer, BOMB));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/^data\/large_string_map\.brotli\.parquet: refused by the size limit/);
    expect(err.message).toMatch(/2048 MiB.*512 MiB/);
  });

  it('still refuses it when the footer lies, from the page headers', () => {
    const bytes = fixture(BOMB);
    const footer = readParquetFooter(bytes, BOMB);
    const lying = {
      ...footer,
      rowGroups: footer.rowGroups.map((rg) => ({
        ...rg,
        columns: rg.columns.map((c) => ({ ...c, uncompressedBytes: 10 })),
      })),
    };
    expect(pageHeaderUncompressedBytes(bytes, lying)).toBeGreaterThan(2 ** 31);
    const err = thrown(() => checkParquetLimits(bytes, lying, BOMB));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/page headers/);
  });

  it('lets the limit be raised or lowered', () => {
    const bytes = fixture('data/alltypes_tiny_pages_plain.parquet');
    const footer = readParquetFooter(bytes, 'tiny.parquet');
    expect(() => checkParquetLimits(bytes, footer, 'tiny.parquet')).not.toThrow();
    const small = { ...DEFAULT_PARQUET_LIMITS, maxUncompressedBytes: 100_000 };
    expect(thrown(() => checkParquetLimits(bytes, footer, 'tiny.parquet', small)).code).toBe('too-large');
  });

  it('plans chunks of whole row groups with the footer row counts', () => {
    const plan = planParquet(fixture('data/sort_columns.parquet'), { fileName: 's.parquet', chunkRows: 1 });
    expect(plan.chunks).toEqual([
      { rowGroups: [0], rows: 3 },
      { rowGroups: [1], rows: 3 },
    ]);
    expect(planParquet(fixture('data/sort_columns.parquet'), { fileName: 's.parquet' }).chunks).toEqual([
      { rowGroups: [0, 1], rows: 6 },
    ]);
  });
});
