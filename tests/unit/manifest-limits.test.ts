/**
 * One limit for manifest.json however it arrives, and a cap on its tables: a dropped 2 MiB manifest is refused
 * like a fetched one (the URL path stops streaming at the same MANIFEST_MAX_BYTES), and 3,000 tables are
 * refused before any is requested.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { MANIFEST_MAX_BYTES, MANIFEST_MAX_TABLES, parseManifest } from '../../src/data/dataset/manifest.ts';
import { planFromFiles } from '../../src/data/dataset/plan-files.ts';

function manifestText(n: number, pad = 0): string {
  const tables: Record<string, { path: string }> = {};
  for (let i = 0; i < n; i++) tables[`t${i}`] = { path: `t${i}.parquet` };
  return JSON.stringify({ contract: 'export-intel/1', name: 'x', tables }) + ' '.repeat(pad);
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof InputError ? e.code : 'not an InputError';
  }
  return undefined;
}

describe('manifest limits', () => {
  it('refuses more than MANIFEST_MAX_TABLES tables and accepts that many', () => {
    expect(codeOf(() => parseManifest(manifestText(3000)))).toBe('manifest-tables');
    expect(() => parseManifest(manifestText(3000))).toThrow(
      /lists 3000 tables; a dataset may have at most 64/,
    );
    expect(Object.keys(parseManifest(manifestText(MANIFEST_MAX_TABLES)).tables)).toHaveLength(64);
  });

  it('refuses a manifest over 1 MiB in text and as a dropped file', async () => {
    expect(MANIFEST_MAX_BYTES).toBe(1 << 20);
    expect(codeOf(() => parseManifest(manifestText(2, 2 << 20)))).toBe('manifest-too-large');
    const big = new File([manifestText(2, 40 << 20)], 'manifest.json');
    const e = await planFromFiles([big]).catch((x: unknown) => x);
    expect((e as InputError).code).toBe('manifest-too-large');
    expect((e as InputError).message).toContain('40.0 MiB is larger than the 1 MiB limit');
  });
});
