import { describe, expect, it } from 'vitest';
import { parseManifest, resolveInsidePrefix } from '../../src/data/dataset/manifest.ts';
import { tableNameFromFile } from '../../src/data/dataset/dataset-plan.ts';
import { normaliseDatasetUrl } from '../../src/data/dataset/plan-url.ts';

const ok = {
  contract: 'export-intel/1',
  name: 'n',
  created: '2024-01-01',
  tables: { exporters: { path: 'exporters.parquet', rows: 3 } },
};

describe('parseManifest', () => {
  it('reads a valid manifest', () => {
    expect(parseManifest(JSON.stringify(ok)).tables.exporters).toEqual({
      path: 'exporters.parquet',
      rows: 3,
      sha256: undefined,
    });
  });
  it('explains an HTML page served instead of JSON', () => {
    expect(() => parseManifest('<!doctype html><html>')).toThrow(/HTML page instead of JSON/);
  });
  it('rejects broken JSON, another contract, and unsafe paths', () => {
    expect(() => parseManifest('{')).toThrow(/not valid JSON/);
    expect(() => parseManifest(JSON.stringify({ ...ok, contract: 'x/2' }))).toThrow(/export-intel\/1/);
    for (const path of [
      '../secret.parquet',
      '/etc/passwd',
      'https://evil.example/x.parquet',
      'a//b.parquet',
    ]) {
      expect(() => parseManifest(JSON.stringify({ ...ok, tables: { exporters: { path } } }))).toThrow(
        /relative path/,
      );
    }
  });
  it('judges paths as a URL parser sees them: encoded dots, controls, hidden schemes and spaces are refused', () => {
    const cases: [string, RegExp][] = [
      ['%2e%2e/other/exporters.parquet', /encoded dot/],
      ['%2E%2E/%2e%2e/%2e%2e/index.html', /encoded dot/],
      ['a%2fb.parquet', /encoded dot or slash/],
      ['\t/\t/127.0.0.1:4313/ok/good/exporters.parquet', /control character/],
      ['java\tscript:alert(1)', /control character/],
      ['exporters\u0000.parquet', /control character/],
      ['exporters.parquet\n', /control character/],
      [' //evil.example/x.parquet', /space/],
      ['./exporters.parquet', /segment/],
      ['c:exporters.parquet', /scheme/],
    ];
    for (const [path, why] of cases) {
      expect(() => parseManifest(JSON.stringify({ ...ok, tables: { exporters: { path } } })), path).toThrow(
        why,
      );
    }
    expect(
      parseManifest(JSON.stringify({ ...ok, tables: { exporters: { path: 'a/b c.parquet' } } })).tables
        .exporters.path,
    ).toBe('a/b c.parquet');
  });
  it('keeps a resolved table path on the prefix origin and under its folder', () => {
    expect(resolveInsidePrefix('https://h/ds/', 'a/exporters.parquet')).toBe(
      'https://h/ds/a/exporters.parquet',
    );
    expect(resolveInsidePrefix('https://h/ds/?X-Amz-Signature=1', 'e.parquet')).toBe(
      'https://h/ds/e.parquet',
    );
    for (const path of [
      '%2e%2e/other/e.parquet',
      '\t/\t/127.0.0.1:4313/ok/e.parquet',
      '//evil/e.parquet',
      '../e.parquet',
    ]) {
      expect(() => resolveInsidePrefix('https://h/ds/', path), path).toThrow(/outside the dataset folder/);
    }
  });
  it('cuts a long hostile path in the message and shows its control characters as escapes', () => {
    const path = `\u001b[31m${'x'.repeat(5000)}`;
    try {
      parseManifest(JSON.stringify({ ...ok, tables: { exporters: { path } } }));
      expect.unreachable();
    } catch (e) {
      const m = (e as Error).message;
      expect(m).toContain('\\u001b[31m');
      expect(m).not.toContain('\u001b');
      expect(m.length).toBeLessThan(400);
    }
  });
  it('rejects a malformed sha256 and negative row counts', () => {
    expect(() =>
      parseManifest(JSON.stringify({ ...ok, tables: { exporters: { path: 'e.parquet', sha256: 'abc' } } })),
    ).toThrow(/64 hex/);
    expect(() =>
      parseManifest(JSON.stringify({ ...ok, tables: { exporters: { path: 'e.parquet', rows: -1 } } })),
    ).toThrow(/rows/);
  });
});

describe('tableNameFromFile', () => {
  it('names tables by file name in snake_case', () => {
    expect(tableNameFromFile('exporters.parquet')).toBe('exporters');
    expect(tableNameFromFile('C:\\data\\Firm Years.PARQUET')).toBe('firm_years');
    expect(tableNameFromFile('2024-exports.parquet')).toBe('t_2024_exports');
  });
});

describe('normaliseDatasetUrl', () => {
  it('adds the trailing slash, accepts a manifest link, keeps presigned queries', () => {
    expect(normaliseDatasetUrl('https://b.s3.amazonaws.com/ds')).toBe('https://b.s3.amazonaws.com/ds/');
    expect(normaliseDatasetUrl(' https://h/ds/manifest.json ')).toBe('https://h/ds/');
    expect(normaliseDatasetUrl('https://h/ds/?X-Amz-Signature=1')).toBe('https://h/ds/?X-Amz-Signature=1');
  });
  it('refuses empty, invalid and non-http addresses', () => {
    expect(() => normaliseDatasetUrl('  ')).toThrow(/address/);
    expect(() => normaliseDatasetUrl('not a url')).toThrow(/not a valid URL/);
    expect(() => normaliseDatasetUrl('file:///etc/')).toThrow(/http/);
  });
});
