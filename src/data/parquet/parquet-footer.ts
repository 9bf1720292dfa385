/**
 * Reads a Parquet file's footer (FileMetaData) into the few facts the loader needs *before* decoding:
 * row counts per row group, declared compressed / uncompressed sizes and codecs per column chunk, and the
 * schema's leaf types. The size limit, the codec check, the unsupported-type check and the row-count check
 * after decoding all work from this, so a hostile file is judged without decompressing a byte of it.
 *
 * Call `sniffParquet` first: this assumes the PAR1 markers are present and throws InputError('bad-footer')
 * for anything it cannot parse.
 */
import { InputError } from '../../core/errors.ts';
import { quoteForMessage } from '../../core/message-value.ts';
import {
  CompactReader,
  ThriftError,
  list,
  num,
  str,
  struct,
  structs,
  type ThriftStruct,
} from './thrift-compact.ts';

/** Parquet `CompressionCodec` enum values and the names users see in messages. */
export const CODEC_NAMES: Readonly<Record<number, string>> = {
  0: 'UNCOMPRESSED',
  1: 'SNAPPY',
  2: 'GZIP',
  3: 'LZO',
  4: 'BROTLI',
  5: 'LZ4',
  6: 'ZSTD',
  7: 'LZ4_RAW',
};

/** Field ids of Parquet's `LogicalType` union (parquet.thrift) that the loader reacts to. */
export const LOGICAL_TYPE = { FLOAT16: 15, VARIANT: 16, GEOMETRY: 17, GEOGRAPHY: 18 } as const;
/** The union members this reader knows; anything else is a logical type newer than our decoder. */
const KNOWN_LOGICAL_TYPES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18]);

export interface ParquetColumnChunk {
  /** Dotted path in the schema, e.g. `arr.key_value.key`. */
  path: string;
  codec: number;
  compressedBytes: number;
  uncompressedBytes: number;
  dataPageOffset: number;
  /** Absent, or 0 in files from some old writers that did not mean "offset 0". */
  dictionaryPageOffset?: number;
}

export interface ParquetRowGroup {
  rows: number;
  columns: ParquetColumnChunk[];
}

export interface ParquetLeaf {
  path: string;
  physicalType?: number;
  /** Field id of the LogicalType union member (e.g. 15 = FLOAT16), when the schema declares one. */
  logicalType?: number;
  convertedType?: number;
}

export interface ParquetFooter {
  rows: number;
  rowGroups: ParquetRowGroup[];
  /** Top-level column names, in file order. */
  columns: string[];
  leaves: ParquetLeaf[];
  createdBy?: string;
}

export function readParquetFooter(bytes: Uint8Array, fileName: string): ParquetFooter {
  const size = bytes.length;
  const footerLength = new DataView(bytes.buffer, bytes.byteOffset + size - 8, 4).getUint32(0, true);
  if (footerLength === 0 || footerLength > size - 12) {
    throw new InputError(
      `${fileName}: the Parquet footer is damaged (it claims ${footerLength} bytes of metadata in a file of ` +
        `${size} bytes). The file was probably cut short or corrupted; export or download it again.`,
      'bad-footer',
    );
  }
  let meta: ThriftStruct;
  try {
    meta = new CompactReader(bytes, size - 8 - footerLength, size - 8).readStruct();
  } catch (e) {
    if (!(e instanceof ThriftError)) throw e;
    throw new InputError(
      `${fileName}: the Parquet footer (the file's metadata) cannot be read: ${e.message}. ` +
        'The file is corrupted or was cut short; export or download it again.',
      'bad-footer',
    );
  }
  const { columns, leaves } = readSchema(structs(meta, 2));
  const rows = num(meta, 3) ?? 0;
  checkRowCount(rows, 'the file', fileName);
  const rowGroups = structs(meta, 4).map((rg, i) => readRowGroup(rg, i, fileName));
  return { rows, rowGroups, columns, leaves, createdBy: str(meta, 6) };
}

/**
 * A footer can claim any row count (an i64): 2⁶² rows in a 40 KB file would pass as "too large for the
 * browser" or reach the decoder and fail as a row-count mismatch, both wrong — the footer is corrupt. No
 * file holds more than 2⁵³ rows (the largest count a JS number holds exactly), nor a negative count.
 */
function checkRowCount(rows: number, what: string, fileName: string): void {
  if (Number.isSafeInteger(rows) && rows >= 0) return;
  throw corruptFooter(
    fileName,
    `it claims ${Number.isSafeInteger(rows) ? rows : rows.toExponential(1)} rows for ${what}, which no ` +
      'Parquet file holds',
  );
}

function corruptFooter(fileName: string, why: string): InputError {
  return new InputError(
    `${fileName}: the Parquet footer (the file's metadata) is corrupt: ${why}. The file was damaged or ` +
      'edited after it was written; nothing was loaded. Export or download it again.',
    'bad-footer',
  );
}

function readRowGroup(rg: ThriftStruct, index: number, fileName: string): ParquetRowGroup {
  const rows = num(rg, 3) ?? 0;
  checkRowCount(rows, `row group ${index}`, fileName);
  const columns: ParquetColumnChunk[] = [];
  for (const chunk of structs(rg, 1)) {
    const md = struct(chunk, 3);
    if (!md) continue; // encrypted column metadata: nothing we can check (and decoding will fail clearly)
    // Every row has at least one value in every column (a null or an empty list counts as one), so a
    // chunk holding fewer values than the row group's rows means the count was changed after writing.
    const path = list(md, 3)
      .map((p) => (p instanceof Uint8Array ? new TextDecoder().decode(p) : '?'))
      .join('.');
    const values = num(md, 5);
    if (values !== undefined && values < rows) {
      throw corruptFooter(
        fileName,
        `row group ${index} claims ${rows.toLocaleString('en-US')} rows, but its column ` +
          `${quoteForMessage(path)} holds only ${values.toLocaleString('en-US')} values`,
      );
    }
    columns.push({
      path,
      codec: num(md, 4) ?? 0,
      uncompressedBytes: num(md, 6) ?? 0,
      compressedBytes: num(md, 7) ?? 0,
      dataPageOffset: num(md, 9) ?? 0,
      dictionaryPageOffset: num(md, 11),
    });
  }
  return { rows, columns };
}

/** The schema is a depth-first list of elements; `num_children` (field 5) says which are groups. */
function readSchema(elements: ThriftStruct[]): { columns: string[]; leaves: ParquetLeaf[] } {
  const columns: string[] = [];
  const leaves: ParquetLeaf[] = [];
  let i = 1; // element 0 is the root
  const walk = (prefix: string, depth: number): void => {
    const el = elements[i++];
    if (!el) return;
    const name = str(el, 4) ?? '?';
    const path = prefix ? `${prefix}.${name}` : name;
    if (depth === 0) columns.push(name);
    const children = num(el, 5) ?? 0;
    if (children > 0) {
      for (let c = 0; c < children && i < elements.length; c++) walk(path, depth + 1);
      return;
    }
    const logical = struct(el, 10);
    leaves.push({
      path,
      physicalType: num(el, 1),
      logicalType: logical ? [...logical.keys()][0] : undefined,
      convertedType: num(el, 6),
    });
  };
  const rootChildren = elements[0] ? (num(elements[0], 5) ?? 0) : 0;
  for (let c = 0; c < rootChildren && i < elements.length; c++) walk('', 0);
  return { columns, leaves };
}

export function isKnownLogicalType(id: number | undefined): boolean {
  return id === undefined || KNOWN_LOGICAL_TYPES.has(id);
}

export function totalUncompressedBytes(footer: ParquetFooter): number {
  let sum = 0;
  for (const rg of footer.rowGroups) for (const c of rg.columns) sum += Math.max(0, c.uncompressedBytes);
  return sum;
}
