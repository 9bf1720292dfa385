/**
 * Rewrites one integer field of a real Parquet file's footer (Thrift compact protocol), so a test can make a
 * footer lie — say it holds 2⁶² rows — while every other byte stays as the original writer made it.
 *
 * Written independently of src/data/parquet/thrift-compact.ts on purpose: a fixture built with the reader
 * under test would share its mistakes. It walks the footer, finds the field at `path` (field ids, with list
 * indices in between: `[4, 0, 3]` = row_groups[0].num_rows), and splices in the new zigzag varint; the footer
 * length in the last 8 bytes is updated, the data pages before the footer do not move.
 */
type Path = readonly number[];

export function patchFooterInt(file: Uint8Array, path: Path, value: bigint): Uint8Array {
  const len = new DataView(file.buffer, file.byteOffset + file.length - 8, 4).getUint32(0, true);
  const start = file.length - 8 - len;
  const walker = new Walker(file, start, path);
  walker.struct([]);
  if (!walker.found) throw new Error(`field ${path.join('.')} not found in the footer`);
  const [from, to] = walker.found;
  const varint = encodeVarint((value << 1n) ^ (value >> 63n));
  const footer = new Uint8Array([
    ...file.subarray(start, from),
    ...varint,
    ...file.subarray(to, file.length - 8),
  ]);
  const out = new Uint8Array(start + footer.length + 8);
  out.set(file.subarray(0, start));
  out.set(footer, start);
  new DataView(out.buffer).setUint32(start + footer.length, footer.length, true);
  out.set([0x50, 0x41, 0x52, 0x31], out.length - 4); // PAR1
  return out;
}

function encodeVarint(v: bigint): number[] {
  const out: number[] = [];
  let x = BigInt.asUintN(64, v);
  do {
    const b = Number(x & 0x7fn);
    x >>= 7n;
    out.push(x ? b | 0x80 : b);
  } while (x);
  return out;
}

class Walker {
  found: [number, number] | undefined;
  constructor(
    private readonly b: Uint8Array,
    private pos: number,
    private readonly target: Path,
  ) {}

  struct(at: number[]): void {
    let last = 0;
    for (;;) {
      const h = this.b[this.pos++];
      const type = h & 0x0f;
      if (type === 0) return;
      const id = h >> 4 ? last + (h >> 4) : this.zigzag();
      last = id;
      this.value(type, [...at, id], true);
    }
  }

  private value(type: number, at: number[], inStruct: boolean): void {
    const here = at.length === this.target.length && at.every((v, i) => v === this.target[i]);
    const begin = this.pos;
    switch (type) {
      case 1:
      case 2:
        if (!inStruct) this.pos++; // list booleans take a byte; struct booleans live in the type nibble
        break;
      case 3:
        this.pos++;
        break;
      case 4:
      case 5:
      case 6:
        this.varint();
        if (here) this.found = [begin, this.pos];
        break;
      case 7:
        this.pos += 8;
        break;
      case 8: {
        const n = Number(this.varint()); // read first: `pos += varint()` would add to the old pos
        this.pos += n;
        break;
      }
      case 9:
      case 10: {
        const h = this.b[this.pos++];
        const n = h >> 4 === 15 ? Number(this.varint()) : h >> 4;
        for (let i = 0; i < n; i++) this.value(h & 0x0f, [...at, i], false);
        break;
      }
      case 11: {
        const n = Number(this.varint());
        if (n === 0) break;
        const kv = this.b[this.pos++];
        for (let i = 0; i < n; i++) {
          this.value(kv >> 4, [...at, i, 0], false);
          this.value(kv & 0x0f, [...at, i, 1], false);
        }
        break;
      }
      case 12:
        this.struct(at);
        break;
      default:
        throw new Error(`unknown Thrift type ${type} at ${this.pos} (${at.join('.')})`);
    }
  }

  private varint(): bigint {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.b[this.pos++];
      v |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
      shift += 7n;
    }
  }

  private zigzag(): number {
    const v = this.varint();
    return Number((v >> 1n) ^ -(v & 1n));
  }
}
