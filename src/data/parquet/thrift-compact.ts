/**
 * A minimal reader for the Thrift *compact* protocol, the encoding of Parquet's footer and page headers.
 *
 * Why our own: the size limit (parquet-limits.ts) must read the footer and the page headers *before* any
 * decompression, on bytes that may be hostile, without pulling a second Parquet library into the browser
 * bundle. It decodes any struct generically into `ThriftStruct` (field id → value), so unknown or newer fields
 * are kept or skipped instead of failing. Hostile input is bounded: nesting depth, list sizes that cannot fit
 * in the remaining bytes, and reads past the end all throw `ThriftError`.
 */

export class ThriftError extends Error {
  override readonly name = 'ThriftError';
}

export type ThriftValue = boolean | number | Uint8Array | ThriftValue[] | ThriftStruct | ThriftMap;
export type ThriftStruct = Map<number, ThriftValue>;
export interface ThriftMap {
  readonly kind: 'map';
  readonly entries: [ThriftValue, ThriftValue][];
}

const T_STOP = 0;
const T_TRUE = 1;
const T_FALSE = 2;
const T_BYTE = 3;
const T_I16 = 4;
const T_I32 = 5;
const T_I64 = 6;
const T_DOUBLE = 7;
const T_BINARY = 8;
const T_LIST = 9;
const T_SET = 10;
const T_MAP = 11;
const T_STRUCT = 12;

const MAX_DEPTH = 64;

export class CompactReader {
  pos: number;
  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
    private readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  /** Reads one struct starting at the current position. */
  readStruct(depth = 0): ThriftStruct {
    if (depth > MAX_DEPTH) throw new ThriftError('structures nested too deeply');
    const out: ThriftStruct = new Map();
    let lastId = 0;
    for (;;) {
      const header = this.byte();
      const type = header & 0x0f;
      if (type === T_STOP) return out;
      const delta = header >> 4;
      const id = delta === 0 ? zigzag(this.varint()) : lastId + delta;
      lastId = id;
      // Booleans in a struct carry their value in the type nibble.
      const value = type === T_TRUE ? true : type === T_FALSE ? false : this.value(type, depth + 1);
      out.set(id, value);
    }
  }

  private value(type: number, depth: number): ThriftValue {
    switch (type) {
      case T_TRUE:
      case T_FALSE:
        // Inside lists a boolean is one byte: 1 = true.
        return this.byte() === 1;
      case T_BYTE: {
        const b = this.byte();
        return b > 127 ? b - 256 : b;
      }
      case T_I16:
      case T_I32:
      case T_I64:
        return zigzag(this.varint());
      case T_DOUBLE: {
        this.need(8);
        const v = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, 8).getFloat64(0, true);
        this.pos += 8;
        return v;
      }
      case T_BINARY: {
        const len = this.varint();
        this.need(len);
        const v = this.bytes.subarray(this.pos, this.pos + len);
        this.pos += len;
        return v;
      }
      case T_LIST:
      case T_SET:
        return this.list(depth);
      case T_MAP:
        return this.map(depth);
      case T_STRUCT:
        return this.readStruct(depth);
      default:
        throw new ThriftError(`unknown field type ${type} at byte ${this.pos}`);
    }
  }

  private list(depth: number): ThriftValue[] {
    const header = this.byte();
    const elemType = header & 0x0f;
    const size = header >> 4 === 15 ? this.varint() : header >> 4;
    // Every element takes at least one byte: a larger size is a lie that would allocate without bound.
    if (size > this.end - this.pos) throw new ThriftError(`list of ${size} elements exceeds the data`);
    const out: ThriftValue[] = [];
    for (let i = 0; i < size; i++) out.push(this.value(elemType, depth + 1));
    return out;
  }

  private map(depth: number): ThriftMap {
    const size = this.varint();
    if (size === 0) return { kind: 'map', entries: [] };
    if (size > this.end - this.pos) throw new ThriftError(`map of ${size} entries exceeds the data`);
    const types = this.byte();
    const entries: [ThriftValue, ThriftValue][] = [];
    for (let i = 0; i < size; i++) {
      entries.push([this.value(types >> 4, depth + 1), this.value(types & 0x0f, depth + 1)]);
    }
    return { kind: 'map', entries };
  }

  /** Unsigned LEB128 varint as a JS number (exact up to 2^53, which covers every size in a real file). */
  private varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    throw new ThriftError('varint longer than 10 bytes');
  }

  private byte(): number {
    if (this.pos >= this.end) throw new ThriftError('unexpected end of data');
    return this.bytes[this.pos++];
  }

  private need(n: number): void {
    if (n > this.end - this.pos) throw new ThriftError('unexpected end of data');
  }
}

function zigzag(n: number): number {
  // n is a non-negative integer below 2^64; Math avoids 32-bit bitwise overflow.
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

/** Typed accessors: a field of the wrong type reads as absent, so a malformed field cannot confuse callers. */
export function num(s: ThriftStruct, id: number): number | undefined {
  const v = s.get(id);
  return typeof v === 'number' ? v : undefined;
}

export function str(s: ThriftStruct, id: number): string | undefined {
  const v = s.get(id);
  return v instanceof Uint8Array ? new TextDecoder().decode(v) : undefined;
}

export function struct(s: ThriftStruct, id: number): ThriftStruct | undefined {
  const v = s.get(id);
  return v instanceof Map ? v : undefined;
}

export function list(s: ThriftStruct, id: number): ThriftValue[] {
  const v = s.get(id);
  return Array.isArray(v) ? v : [];
}

export function structs(s: ThriftStruct, id: number): ThriftStruct[] {
  return list(s, id).filter((v): v is ThriftStruct => v instanceof Map);
}
