/**
 * The cheap pre-decode checks: each common accident gets its own code and a message naming the file.
 * Uses a real Parquet file from the corpus for the valid and truncated cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { sniffParquet } from '../../src/data/parquet/parquet-sniff.ts';

const fixture = (p: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/parquet-testing/${p}`, import.meta.url)));
const valid = fixture('data/alltypes_plain.parquet');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function codeOf(bytes: Uint8Array, fileName = 'exports.parquet'): string {
  try {
    sniffParquet(bytes, fileName);
  } catch (e) {
    if (!isInputError(e)) throw e;
    expect(e.message.startsWith(`${fileName}: `)).toBe(true);
    return e.code;
  }
  return 'ok';
}

describe('sniffParquet', () => {
  it('accepts a valid Parquet file', () => {
    expect(codeOf(valid)).toBe('ok');
  });

  it('refuses an empty file', () => {
    expect(codeOf(new Uint8Array(0))).toBe('empty-file');
  });

  it('recognises HTML served where Parquet was expected (SPA fallback), with or without BOM and blanks', () => {
    expect(codeOf(utf8('<!doctype html><html><head><title>export-intel</title>'))).toBe('html-not-parquet');
    expect(codeOf(utf8('\uFEFF\n  <!DOCTYPE HTML>\n<html lang="ko">'))).toBe('html-not-parquet');
    expect(codeOf(utf8('<html><body>Not found</body></html>'))).toBe('html-not-parquet');
    expect(codeOf(utf8('<?xml version="1.0"?><Error><Code>NoSuchKey</Code></Error>'))).toBe(
      'html-not-parquet',
    );
  });

  it('says which page it is in the message', () => {
    expect(() => sniffParquet(utf8('<!doctype html>'), 'a.parquet')).toThrow(
      /a\.parquet: this is an HTML page/,
    );
  });

  it('recognises text renamed .parquet (CSV, JSON, Korean text) and quotes its start', () => {
    expect(codeOf(utf8('exporter_id,year,value_usd\nE000001,2020,1.5\n'))).toBe('text-not-parquet');
    expect(codeOf(utf8('{"error":"not found"}'))).toBe('text-not-parquet');
    expect(codeOf(utf8('수출기업,연도\n가나다,2020\n'))).toBe('text-not-parquet');
    expect(() => sniffParquet(utf8('id,name\n1,a\n'), 'x.parquet')).toThrow(/"id,name"/);
  });

  it('treats a file cut short as truncated, wherever it was cut', () => {
    for (const n of [4, 11, 12, 100, valid.length / 2, valid.length - 1]) {
      expect(codeOf(valid.subarray(0, Math.floor(n)))).toBe('truncated');
    }
  });

  it('refuses random bytes and tiny binary files', () => {
    let x = 0x12345678;
    const random = new Uint8Array(4096).map(() => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    expect(codeOf(random)).toBe('not-parquet');
    expect(codeOf(new Uint8Array([0, 1, 2, 0xff, 0xfe]))).toBe('too-small');
  });

  it('recognises an encrypted Parquet file (PARE footer)', () => {
    const encrypted = valid.slice();
    encrypted.set(utf8('PARE'), encrypted.length - 4);
    expect(codeOf(encrypted)).toBe('encrypted-parquet');
  });

  it('names the corpus fixtures it is meant for with the expected codes', () => {
    expect(codeOf(fixture('synthetic-bad/empty.parquet'))).toBe('empty-file');
    expect(codeOf(fixture('synthetic-bad/text-renamed.parquet'))).toBe('text-not-parquet');
    expect(codeOf(fixture('synthetic-bad/truncated-half-alltypes_plain.parquet'))).toBe('truncated');
    expect(codeOf(fixture('synthetic-bad/random-bytes.parquet'))).toBe('not-parquet');
  });
});
