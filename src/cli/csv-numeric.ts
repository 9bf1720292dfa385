/**
 * Reads chosen numeric columns of a CSV file for the `logit` command. A small RFC 4180 parser of our own rather
 * than DuckDB's read_csv, because the command's contract is its error messages: every bad value must be
 * reported with its column, data row and file line in words the user can act on ("empty value in column
 * "GPA" at row 7 (line 8)"), and a type-guessing reader would either coerce (HS-code-like columns, "NA") or
 * fail with an engine message. It also keeps the command free of the native DuckDB start-up.
 *
 * Accepted: a header row; comma separator; fields optionally in double quotes ("" escapes a quote; quoted
 * fields may contain commas and newlines); LF, CRLF or CR line ends; a UTF-8 BOM; entirely empty lines are
 * skipped. Numbers: optional sign, digits, optional decimal point and exponent, surrounding spaces allowed.
 * Rejected with a message: missing file, no header, unknown or ambiguous column, a row with the wrong number of
 * fields, an unterminated quote, an empty / non-numeric / non-finite value in a requested column.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../core/errors.ts';
import { quoteForMessage } from '../core/message-value.ts';

export interface NumericColumns {
  /** Data rows (header excluded). */
  n: number;
  /** One array per requested column, in the order requested. */
  values: Float64Array[];
  /** File line (1-based) where each data row starts, for messages. */
  lines: Uint32Array;
  header: string[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function readNumericCsv(path: string, wanted: readonly string[]): NumericColumns {
  const text = readText(path);
  let header: string[] | null = null;
  let index: number[] = [];
  let capacity = 1024;
  let values = wanted.map(() => new Float64Array(capacity));
  let lines = new Uint32Array(capacity);
  let n = 0;
  forEachRecord(text, path, (fields, line) => {
    if (header === null) {
      const names = fields.map((h) => h.trim());
      header = names;
      index = wanted.map((name) => {
        const hits = names.flatMap((h, i) => (h === name ? [i] : []));
        if (hits.length === 0) throw unknownColumn(path, name, names);
        if (hits.length > 1) {
          throw new InputError(
            `${path}: column "${name}" appears ${hits.length} times in the header; rename one`,
            'ambiguous-column',
          );
        }
        return hits[0];
      });
      return;
    }
    const row = n + 1;
    if (fields.length !== header.length) {
      throw new InputError(
        `${path}: row ${row} (line ${line}) has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ` +
          `${header.length}; check for an unquoted comma or a missing value`,
        'bad-row',
      );
    }
    if (n === capacity) {
      capacity *= 2;
      values = values.map((v) => grow(v, capacity));
      const l = new Uint32Array(capacity);
      l.set(lines);
      lines = l;
    }
    lines[n] = line;
    for (let c = 0; c < wanted.length; c++)
      values[c][n] = parseNumber(fields[index[c]], path, wanted[c], row, line);
    n++;
  });
  if (header === null)
    throw new InputError(`${path}: the file is empty; expected a header row and data rows`, 'empty-file');
  return { n, values: values.map((v) => v.slice(0, n)), lines: lines.slice(0, n), header };
}

function grow(v: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(capacity);
  out.set(v);
  return out;
}

function parseNumber(raw: string, path: string, column: string, row: number, line: number): number {
  const s = raw.trim();
  const where = `in column "${column}" at row ${row} (line ${line})`;
  if (s === '')
    throw new InputError(`${path}: empty value ${where}; fill it or drop the row`, 'missing-value');
  if (!NUMBER.test(s)) {
    throw new InputError(
      `${path}: ${quoteForMessage(s)} ${where} is not a number; the column must be numeric`,
      'not-numeric',
    );
  }
  const v = Number(s);
  if (!Number.isFinite(v))
    throw new InputError(
      `${path}: ${quoteForMessage(s)} ${where} is too large to be a finite number`,
      'not-numeric',
    );
  return v;
}

function readText(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`file not found: ${path}`, 'missing-file');
  }
  if (stat.isDirectory()) throw new InputError(`${path} is a directory; expected a CSV file`, 'missing-file');
  // A FIFO or device would block the read forever.
  if (!stat.isFile())
    throw new InputError(`${path} is not a regular file; expected a CSV file`, 'missing-file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`, 'unreadable-file');
  }
  // Binary files would otherwise come back as a "header" of binary garbage in the unknown-column message.
  if (bytes.subarray(0, 4).toString('latin1') === 'PAR1')
    throw new InputError(
      `${path}: this is a Parquet file; --csv expects CSV (export the table as CSV, e.g. with DuckDB: COPY (FROM 'file.parquet') TO 'file.csv')`,
      'parquet-not-csv',
    );
  if (bytes.subarray(0, 8192).includes(0))
    throw new InputError(`${path}: this is a binary file, not CSV text; --csv expects CSV`, 'not-csv');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function unknownColumn(path: string, name: string, header: string[]): InputError {
  const shown =
    header
      .slice(0, 30)
      .map((h) => quoteForMessage(h))
      .join(', ') + (header.length > 30 ? ', …' : '');
  const hint =
    header.length === 1 && /[;\t]/.test(header[0])
      ? ' (the header has one field: is the file separated by ";" or tabs instead of commas?)'
      : '';
  return new InputError(
    `${path}: no column ${quoteForMessage(name)}; the columns are ${shown}${hint}`,
    'unknown-column',
  );
}

/**
 * Calls `onRecord(fields, line)` for each record of the text (RFC 4180), in order, skipping entirely empty lines;
 * `line` is the 1-based line where the record starts. Records are not kept, so large files stream through.
 */
export function forEachRecord(
  text: string,
  path: string,
  onRecord: (fields: string[], line: number) => void,
): void {
  const len = text.length;
  let i = 0;
  let line = 1;
  while (i < len) {
    const startLine = line;
    const fields: string[] = [];
    let atLineEnd = false;
    // An entirely empty line is skipped.
    const c0 = text.charCodeAt(i);
    if (c0 === 10 || c0 === 13) {
      i += c0 === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    while (!atLineEnd) {
      if (text.charCodeAt(i) === 34 /* " */) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0)
            throw new InputError(
              `${path}: a quoted field opened on line ${line} is never closed`,
              'bad-quote',
            );
          const chunk = text.slice(j, q);
          for (let m = 0; m < chunk.length; m++) if (chunk.charCodeAt(m) === 10) line++;
          value += chunk;
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Spaces between the closing quote and the separator are tolerated; anything else is an error.
        while (i < len && text.charCodeAt(i) === 32) i++;
        fields.push(value);
      } else {
        let j = i;
        while (j < len) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      const c = i < len ? text.charCodeAt(i) : -1;
      if (c === 44) {
        i++;
      } else if (c === 10 || c === 13 || c === -1) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
        else if (c !== -1) i++;
        line++;
        atLineEnd = true;
      } else {
        throw new InputError(
          `${path}: unexpected character after a closing quote on line ${line}`,
          'bad-quote',
        );
      }
    }
    onRecord(fields, startLine);
  }
}
