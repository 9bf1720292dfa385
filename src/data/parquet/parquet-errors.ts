/**
 * Turns what the decoder (parquet-wasm: arrow-rs compiled to WebAssembly) and DuckDB-WASM's Arrow insert
 * throw into InputErrors that name the file, say what is wrong in words and what to do. The library's own
 * words follow in parentheses for whoever has to dig further.
 *
 * Codes used across src/data/parquet (stable; tests and the UI match on them):
 *   empty-file, too-small, html-not-parquet, text-not-parquet, not-parquet, truncated, encrypted-parquet
 *                       (parquet-sniff.ts)
 *   bad-footer          the footer cannot be parsed (parquet-footer.ts)
 *   too-large           refused by a size limit before or while decoding (parquet-limits.ts)
 *   unsupported-codec, unsupported-type, unsupported-feature   valid Parquet the browser path cannot read
 *   corrupt-data        the decoder rejected the data pages
 *   row-count-mismatch  the decoder produced a different number of rows than the footer promises
 *   decoder-crashed     the WebAssembly decoder trapped (a Rust panic); its instance must be discarded
 *   insert-failed       DuckDB-WASM refused the decoded Arrow data
 *   load-timeout        the load took longer than its time limit and was stopped
 */
import { errorMessage, InputError, isInputError } from '../../core/errors.ts';

/** A WebAssembly trap leaves the decoder's memory in an unknown state: callers must start a fresh one. */
export function isDecoderCrash(e: unknown): boolean {
  return (isInputError(e) && e.code === 'decoder-crashed') || isWasmTrap(e);
}

function isWasmTrap(e: unknown): boolean {
  return typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
}

export function translateDecodeError(e: unknown, fileName: string): InputError {
  if (isInputError(e)) return e;
  const detail = libraryDetail(e);
  if (isWasmTrap(e)) {
    return new InputError(
      `${fileName}: the Parquet decoder crashed on this file (${detail}). The file is probably corrupt, or ` +
        "too large for the browser's memory. Nothing was loaded; check the file with another tool or export it again.",
      'decoder-crashed',
    );
  }
  if (e instanceof RangeError) {
    return new InputError(
      `${fileName}: the browser ran out of memory decoding this file (${detail}). Split it into smaller files.`,
      'too-large',
    );
  }
  if (/Could not parse metadata/i.test(detail)) {
    return new InputError(
      `${fileName}: the file's metadata uses Parquet features the browser decoder does not understand ` +
        `(${detail}); the file itself looks intact. Export it again with a mainstream writer (DuckDB, ` +
        'Arrow/pyarrow, Spark) and default options.',
      'unsupported-feature',
    );
  }
  if (/Cannot annotate|not supported|unsupported/i.test(detail)) {
    return new InputError(
      `${fileName}: the file uses a type or encoding the browser decoder does not support (${detail}). ` +
        'Export it again with plain types (string, integer, double, boolean, date, timestamp).',
      'unsupported-type',
    );
  }
  return new InputError(
    `${fileName}: the data in this file cannot be decoded (${detail}). The file is damaged or was written ` +
      'by a faulty writer; export it again.',
    'corrupt-data',
  );
}

export function rowCountMismatch(
  fileName: string,
  got: number,
  expected: number,
  rowGroups: number[],
): InputError {
  return new InputError(
    `${fileName}: the decoder read ${got} rows where the file's metadata promises ${expected} ` +
      `(row group${rowGroups.length > 1 ? 's' : ''} ${rowGroups.join(', ')}). The file uses a layout the ` +
      'browser decoder does not read correctly; nothing was loaded rather than load partial data. Export it ' +
      'again with a mainstream writer (DuckDB, pyarrow).',
    'row-count-mismatch',
  );
}

/** DuckDB-WASM reports insert failures as a JSON string `{"exception_type":…, "exception_message":…}`. */
export function translateInsertError(e: unknown, fileName: string): InputError {
  if (isInputError(e)) return e;
  const detail = libraryDetail(e);
  const unsupported = /Unsupported Internal Arrow Type|Not implemented/i.test(detail);
  return new InputError(
    `${fileName}: the in-browser database could not store the decoded data (${detail}). ` +
      (unsupported
        ? 'A column has a type it does not support; export the file with plain types.'
        : 'Nothing was loaded; try the file again or export it again.'),
    unsupported ? 'unsupported-type' : 'insert-failed',
  );
}

/** Native DuckDB's read_parquet error → InputError; DuckDB quotes the full path, we show the file name. */
export function translateNativeReadError(e: unknown, fileName: string, path: string): InputError {
  if (isInputError(e)) return e;
  const detail = libraryDetail(e).replaceAll(path, fileName);
  const code = /compression codec/i.test(detail)
    ? 'unsupported-codec'
    : /not supported|unsupported|not implemented/i.test(detail)
      ? 'unsupported-type'
      : 'corrupt-data';
  return new InputError(
    `${fileName}: DuckDB cannot read this Parquet file (${detail}). Export it again with a mainstream ` +
      'writer and ZSTD or SNAPPY compression.',
    code,
  );
}

export function loadTimeout(fileName: string, ms: number): InputError {
  return new InputError(
    `${fileName}: loading took longer than ${ms < 10_000 ? (ms / 1000).toFixed(1) : Math.round(ms / 1000)} s ` +
      'and was stopped. Nothing was loaded. ' +
      'The file may be very large or malformed; try a smaller file or a faster machine.',
    'load-timeout',
  );
}

/** The library's message, one line, without its generic prefixes, at most 200 characters. */
export function libraryDetail(e: unknown): string {
  let msg = errorMessage(e);
  try {
    const parsed: unknown = JSON.parse(msg);
    if (parsed && typeof parsed === 'object' && 'exception_message' in parsed) {
      const p = parsed as { exception_type?: string; exception_message?: string };
      msg = `${p.exception_type ?? 'Error'}: ${p.exception_message ?? ''}`;
    }
  } catch {
    // not JSON: keep the message as it is
  }
  msg = msg
    .split('\n')[0]
    .replace(/^(Parquet (argument )?error: )+/i, '')
    .trim();
  return msg.length > 200 ? msg.slice(0, 200) + '…' : msg || 'no details';
}
