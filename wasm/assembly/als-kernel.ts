/**
 * WebAssembly kernel of the implicit-ALS fit by conjugate gradient (AssemblyScript, compiled by
 * scripts/build-wasm.mjs with -O3 and SIMD). Twin of the TypeScript solver in src/core/matching/cf-als.ts
 * (solveSideCg): same algorithm, single precision (as the `implicit` library), f32x4 lanes.
 *
 * The module owns one problem: `setup(rows, cols, stride, nnz)` lays out its linear memory once (growing it if
 * needed); the loader (wasm/als-kernel.ts) writes the start factors, both sparse orientations and the confidences
 * in place, runs `halfSweep` twice per sweep and reads the factors back. Nothing else crosses the boundary.
 *
 * Layout (bytes, 16-aligned): X (rows × stride f32) | Y (cols × stride f32) | row offsets (rows + 1 i32) |
 * row indices (nnz i32) | row confidences (nnz f32) | col offsets | col indices | col confidences |
 * G (stride × stride f32) | r, p, Ap (stride f32 each). stride = f rounded up to 4; padding lanes are zero and stay
 * zero (G's padding rows and columns are zero, so r, p and Ap are zero there).
 */

let nRows: i32 = 0;
let nCols: i32 = 0;
let stride: i32 = 0;
let xPtr: usize = 0;
let yPtr: usize = 0;
let rowOffPtr: usize = 0;
let rowIdxPtr: usize = 0;
let rowConfPtr: usize = 0;
let colOffPtr: usize = 0;
let colIdxPtr: usize = 0;
let colConfPtr: usize = 0;
let gPtr: usize = 0;
let rPtr: usize = 0;
let pPtr: usize = 0;
let apPtr: usize = 0;

function align16(x: u64): u64 {
  return (x + 15) & ~(<u64>15);
}

/** Lays out memory. `s` = factors rounded up to a multiple of 4. Returns 1, or 0 when it does not fit. */
export function setup(rows: i32, cols: i32, s: i32, nnz: i32): i32 {
  if ((s & 3) !== 0 || s <= 0) return 0;
  let off: u64 = align16(<u64>__heap_base);
  const xp = off;
  off = align16(off + <u64>rows * <u64>s * 4);
  const yp = off;
  off = align16(off + <u64>cols * <u64>s * 4);
  const rop = off;
  off = align16(off + (<u64>rows + 1) * 4);
  const rip = off;
  off = align16(off + <u64>nnz * 4);
  const rcp = off;
  off = align16(off + <u64>nnz * 4);
  const cop = off;
  off = align16(off + (<u64>cols + 1) * 4);
  const cip = off;
  off = align16(off + <u64>nnz * 4);
  const ccp = off;
  off = align16(off + <u64>nnz * 4);
  const gp = off;
  off = align16(off + <u64>s * <u64>s * 4);
  const rp = off;
  off += <u64>s * 4;
  const pp = off;
  off += <u64>s * 4;
  const app = off;
  off += <u64>s * 4;
  if (off > 0xffff0000) return 0;
  const pages = <i32>((off + 0xffff) >> 16);
  const have = memory.size();
  if (pages > have && memory.grow(pages - have) < 0) return 0;
  nRows = rows;
  nCols = cols;
  stride = s;
  xPtr = <usize>xp;
  yPtr = <usize>yp;
  rowOffPtr = <usize>rop;
  rowIdxPtr = <usize>rip;
  rowConfPtr = <usize>rcp;
  colOffPtr = <usize>cop;
  colIdxPtr = <usize>cip;
  colConfPtr = <usize>ccp;
  gPtr = <usize>gp;
  rPtr = <usize>rp;
  pPtr = <usize>pp;
  apPtr = <usize>app;
  return 1;
}

export function xOffset(): usize {
  return xPtr;
}
export function yOffset(): usize {
  return yPtr;
}
export function rowOffsetsOffset(): usize {
  return rowOffPtr;
}
export function rowIndicesOffset(): usize {
  return rowIdxPtr;
}
export function rowConfidenceOffset(): usize {
  return rowConfPtr;
}
export function colOffsetsOffset(): usize {
  return colOffPtr;
}
export function colIndicesOffset(): usize {
  return colIdxPtr;
}
export function colConfidenceOffset(): usize {
  return colConfPtr;
}

function hsum(v: v128): f32 {
  return (
    f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3)
  );
}

/** Σ a[i]·b[i] over s (multiple of 4) floats. */
function dot(a: usize, b: usize, s: i32): f32 {
  let s0 = f32x4.splat(0);
  let s1 = f32x4.splat(0);
  let i = 0;
  for (; i + 8 <= s; i += 8) {
    const o = (<usize>i) << 2;
    s0 = f32x4.add(s0, f32x4.mul(v128.load(a + o), v128.load(b + o)));
    s1 = f32x4.add(s1, f32x4.mul(v128.load(a + o + 16), v128.load(b + o + 16)));
  }
  if (i < s) {
    const o = (<usize>i) << 2;
    s0 = f32x4.add(s0, f32x4.mul(v128.load(a + o), v128.load(b + o)));
  }
  return hsum(f32x4.add(s0, s1));
}

/** out += w·a over s floats. */
function axpy(w: f32, a: usize, out: usize, s: i32): void {
  const ws = f32x4.splat(w);
  for (let i = 0; i < s; i += 4) {
    const o = (<usize>i) << 2;
    v128.store(out + o, f32x4.add(v128.load(out + o), f32x4.mul(ws, v128.load(a + o))));
  }
}

/** out = sign · G v (G symmetric, s × s). */
function gemv(v: usize, out: usize, sign: f32): void {
  const s = stride;
  for (let i = 0; i < s; i++) {
    store<f32>(out + ((<usize>i) << 2), sign * dot(gPtr + ((<usize>i * s) << 2), v, s));
  }
}

/** G = FᵀF + λI over the n fixed vectors (zero vectors skipped: parties without interactions). */
function gram(fixed: usize, n: i32, lambda: f32): void {
  const s = stride;
  memory.fill(gPtr, 0, (<usize>s * s) << 2);
  for (let r = 0; r < n; r++) {
    const row = fixed + ((<usize>r * s) << 2);
    for (let i = 0; i < s; i++) {
      const yi = load<f32>(row + ((<usize>i) << 2));
      if (yi === 0) continue;
      axpy(yi, row, gPtr + ((<usize>i * s) << 2), s);
    }
  }
  // λ on the padding lanes too: every vector is zero there, so (G v) stays zero there and nothing leaks in.
  for (let i = 0; i < s; i++) {
    const d = gPtr + ((<usize>(i * s + i)) << 2);
    store<f32>(d, load<f32>(d) + lambda);
  }
}

/**
 * One half-sweep: side 0 solves the exporters (X) with Y fixed, side 1 the buyers (Y) with X fixed; `steps` CG
 * iterations per party from its current factors; parties without interactions get the zero vector.
 */
export function halfSweep(side: i32, lambda: f32, steps: i32): void {
  const s = stride;
  const target = side === 0 ? xPtr : yPtr;
  const fixed = side === 0 ? yPtr : xPtr;
  const n = side === 0 ? nRows : nCols;
  const nFixed = side === 0 ? nCols : nRows;
  const offs = side === 0 ? rowOffPtr : colOffPtr;
  const idx = side === 0 ? rowIdxPtr : colIdxPtr;
  const conf = side === 0 ? rowConfPtr : colConfPtr;
  gram(fixed, nFixed, lambda);
  const bytes = (<usize>s) << 2;
  for (let t = 0; t < n; t++) {
    const start = load<i32>(offs + ((<usize>t) << 2));
    const end = load<i32>(offs + ((<usize>(t + 1)) << 2));
    const x = target + <usize>t * bytes;
    if (start === end) {
      memory.fill(x, 0, bytes);
      continue;
    }
    // r = b − A x
    gemv(x, rPtr, -1);
    for (let q = start; q < end; q++) {
      const y = fixed + <usize>load<i32>(idx + ((<usize>q) << 2)) * bytes;
      const c = load<f32>(conf + ((<usize>q) << 2));
      axpy(c - (c - 1) * dot(y, x, s), y, rPtr, s);
    }
    memory.copy(pPtr, rPtr, bytes);
    let rs = dot(rPtr, rPtr, s);
    if (rs < 1e-20) continue;
    for (let step = 0; step < steps; step++) {
      gemv(pPtr, apPtr, 1);
      for (let q = start; q < end; q++) {
        const c1 = load<f32>(conf + ((<usize>q) << 2)) - 1;
        if (c1 === 0) continue;
        const y = fixed + <usize>load<i32>(idx + ((<usize>q) << 2)) * bytes;
        axpy(c1 * dot(y, pPtr, s), y, apPtr, s);
      }
      const pap = dot(pPtr, apPtr, s);
      if (!(pap > 0)) break;
      const a = rs / pap;
      axpy(a, pPtr, x, s);
      axpy(-a, apPtr, rPtr, s);
      const rsNew = dot(rPtr, rPtr, s);
      if (rsNew < 1e-20) break;
      const beta = f32x4.splat(rsNew / rs);
      for (let i = 0; i < s; i += 4) {
        const o = (<usize>i) << 2;
        v128.store(pPtr + o, f32x4.add(v128.load(rPtr + o), f32x4.mul(beta, v128.load(pPtr + o))));
      }
      rs = rsNew;
    }
  }
}
