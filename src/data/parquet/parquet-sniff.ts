/**
 * Cheap checks on a file's bytes before anything tries to decode them, so that the common accidents get a
 * specific message instead of a decoder's "corrupt footer": an empty file, a web server's HTML page served
 * where Parquet was expected (SPA fallback, error pages), a CSV or other text file renamed .parquet, a
 * download cut short (PAR1 at the start but not at the end), an encrypted file, random bytes.
 *
 * Each failure is an InputError whose message names the file and says what to do, with a stable `code`.
 */
import { InputError } from '../../core/errors.ts';

/** Smallest possible Parquet file: "PAR1" + footer length (4) + "PAR1". */
export const MIN_PARQUET_BYTES = 12;

const PAR1 = [0x50, 0x41, 0x52, 0x31];
const PARE = [0x50, 0x41, 0x52, 0x45];

export type SniffCode =
  | 'empty-file'
  | 'too-small'
  | 'html-not-parquet'
  | 'text-not-parquet'
  | 'not-parquet'
  | 'truncated'
  | 'encrypted-parquet';

/** Throws InputError unless `bytes` start and end with the Parquet magic `PAR1`. */
export function sniffParquet(bytes: Uint8Array, fileName: string): void {
  const size = bytes.length;
  if (size === 0) {
    fail(
      fileName,
      'empty-file',
      'the file is empty (0 bytes). Pick the right file or export the table again.',
    );
  }
  const head = size >= 4 && matches(bytes, 0, PAR1);
  if (!head) {
    const markup = startsWithMarkup(bytes);
    if (markup) {
      fail(
        fileName,
        'html-not-parquet',
        `this is ${markup}, not a Parquet file. A web server probably answered a missing file with a page ` +
          "(for example the app's own index.html or an error page): check the URL or path and that the file " +
          'was uploaded.',
      );
    }
    if (looksLikeText(bytes)) {
      fail(
        fileName,
        'text-not-parquet',
        `this is a text file (it starts with ${quoteStart(bytes)}), not Parquet. If it is CSV, convert it to ` +
          "Parquet first (for example with DuckDB: COPY (FROM 'file.csv') TO 'file.parquet').",
      );
    }
    if (size < MIN_PARQUET_BYTES) {
      fail(fileName, 'too-small', `only ${size} bytes: too small to be a Parquet file. Get the file again.`);
    }
    if (matches(bytes, 0, PARE) || matches(bytes, size - 4, PARE)) {
      fail(fileName, 'encrypted-parquet', encryptedMessage);
    }
    fail(
      fileName,
      'not-parquet',
      'not a Parquet file (it does not start with the "PAR1" marker). Check that this is the exported ' +
        'Parquet file and not another format.',
    );
  }
  if (size < MIN_PARQUET_BYTES) {
    fail(fileName, 'truncated', `only ${size} bytes: the file is cut short. Download or copy it again.`);
  }
  if (matches(bytes, size - 4, PARE)) fail(fileName, 'encrypted-parquet', encryptedMessage);
  if (!matches(bytes, size - 4, PAR1)) {
    fail(
      fileName,
      'truncated',
      `the file is incomplete: it starts like Parquet but its end (the footer and the closing "PAR1" ` +
        `marker) is missing after ${size} bytes, so a download or copy was cut short. Get the file again.`,
    );
  }
}

const encryptedMessage =
  'this is an encrypted Parquet file (PARE marker). Encrypted files cannot be loaded: export the table ' +
  'without encryption.';

function fail(fileName: string, code: SniffCode, what: string): never {
  throw new InputError(`${fileName}: ${what}`, code);
}

function matches(bytes: Uint8Array, at: number, magic: readonly number[]): boolean {
  if (at < 0 || at + magic.length > bytes.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** 'an HTML page' / 'an XML document' when the bytes start (after a BOM and blanks) with `<`. */
function startsWithMarkup(bytes: Uint8Array): string | undefined {
  const text = headText(bytes, 256)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (!text.startsWith('<')) return undefined;
  if (text.startsWith('<?xml') && !text.includes('<html')) return 'an XML document (a server error page?)';
  return 'an HTML page';
}

/** Text = the first KiB decodes as UTF-8 with no control characters other than tab, CR, LF. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  if (n === 0) return false;
  let text: string;
  try {
    // Cut at n may split a multi-byte character; drop up to 3 trailing bytes of it.
    text = new TextDecoder('utf-8', { fatal: true }).decode(trimPartialUtf8(bytes.subarray(0, n)));
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- detecting control characters is the point
  return text.length > 0 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

function trimPartialUtf8(b: Uint8Array): Uint8Array {
  let end = b.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const byte = b[end - k];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (need > k) end -= k;
    break;
  }
  return b.subarray(0, end);
}

function headText(bytes: Uint8Array, n: number): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(n, bytes.length)));
}

function quoteStart(bytes: Uint8Array): string {
  const line = headText(bytes, 200).split(/\r?\n/)[0].trim();
  return JSON.stringify(line.length > 40 ? line.slice(0, 40) + '…' : line);
}
