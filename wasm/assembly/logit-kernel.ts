/**
 * WebAssembly kernel of the logistic-regression fit (AssemblyScript, compiled by scripts/build-wasm.mjs with
 * -O3 and SIMD). Twin of src/core/stats/logit-kernel-ts.ts: same blocked algorithm, same results to rounding.
 *
 * The module owns one problem: `setup(n, k)` lays out its linear memory once (growing it if needed) and the
 * JS loader (wasm/logit-kernel.ts) fills the design and labels *in place* through views on that memory — no
 * array is copied across the boundary during the fit, only β (k numbers) in and XᵀWX, Xᵀ(y − p) (k² + k) out.
 *
 * Layout (bytes, 16-aligned): X column-major, column j at X + j·stride·8 (stride = n rounded up to even, pad = 0)
 * | y (stride) | p, fitted probabilities (stride) | β (k) | H (k×k) | g (k) | block scratch η, w, r, wx (BLOCK each).
 *
 * Per block of BLOCK rows: η = Σ β_j X_j (f64x2), then per row the logistic pieces (scalar: exp, log1p), then
 * g_j += Σ r X_j and H_ab += Σ (w X_a) X_b for b ≤ a (symmetry), two b columns per pass so that w X_a is loaded
 * once for both; f64x2 lanes with two accumulators each.
 */

const BLOCK: i32 = 256;

let n: i32 = 0;
let k: i32 = 0;
let stride: i32 = 0;
let xPtr: usize = 0;
let yPtr: usize = 0;
let pPtr: usize = 0;
let betaPtr: usize = 0;
let hPtr: usize = 0;
let gPtr: usize = 0;
let etaPtr: usize = 0;
let wPtr: usize = 0;
let rPtr: usize = 0;
let wxPtr: usize = 0;

function align16(x: u64): u64 {
  return (x + 15) & ~(<u64>15);
}

/** Lays out memory for n rows × k columns. Returns 1, or 0 when it does not fit in a 4 GiB wasm32 memory. */
export function setup(rows: i32, cols: i32): i32 {
  const s: i32 = (rows + 1) & ~1;
  let off: u64 = align16(<u64>__heap_base);
  const xp = off;
  off += <u64>cols * <u64>s * 8;
  const yp = off;
  off += <u64>s * 8;
  const pp = off;
  off += <u64>s * 8;
  const bp = off;
  off = align16(off + <u64>cols * 8);
  const hp = off;
  off = align16(off + <u64>cols * <u64>cols * 8);
  const gp = off;
  off = align16(off + <u64>cols * 8);
  const ep = off;
  off += <u64>BLOCK * 8;
  const wp = off;
  off += <u64>BLOCK * 8;
  const rp = off;
  off += <u64>BLOCK * 8;
  const xwp = off;
  off += <u64>BLOCK * 8;
  if (off > 0xffff0000) return 0;
  const pages = <i32>((off + 0xffff) >> 16);
  const have = memory.size();
  if (pages > have && memory.grow(pages - have) < 0) return 0;
  n = rows;
  k = cols;
  stride = s;
  xPtr = <usize>xp;
  yPtr = <usize>yp;
  pPtr = <usize>pp;
  betaPtr = <usize>bp;
  hPtr = <usize>hp;
  gPtr = <usize>gp;
  etaPtr = <usize>ep;
  wPtr = <usize>wp;
  rPtr = <usize>rp;
  wxPtr = <usize>xwp;
  // Padding rows must contribute nothing (the memory may hold an earlier problem's data).
  if (s > rows) {
    for (let j = 0; j < cols; j++) store<f64>(xPtr + ((<usize>j * s + rows) << 3), 0);
    store<f64>(yPtr + ((<usize>rows) << 3), 0);
  }
  return 1;
}

export function xOffset(): usize {
  return xPtr;
}
export function columnStride(): i32 {
  return stride;
}
export function yOffset(): usize {
  return yPtr;
}
export function pOffset(): usize {
  return pPtr;
}
export function betaOffset(): usize {
  return betaPtr;
}
export function hessianOffset(): usize {
  return hPtr;
}
export function gradientOffset(): usize {
  return gPtr;
}

/** η over rows [r0, r0 + len2) of the block (len2 even) into the η scratch. */
function linearPredictor(r0: i32, len2: i32): void {
  const b0 = f64x2.splat(load<f64>(betaPtr));
  const col0 = xPtr + ((<usize>r0) << 3);
  for (let i = 0; i < len2; i += 2) {
    const o = (<usize>i) << 3;
    v128.store(etaPtr + o, f64x2.mul(b0, v128.load(col0 + o)));
  }
  let j = 1;
  for (; j + 1 < k; j += 2) {
    const ba = f64x2.splat(load<f64>(betaPtr + ((<usize>j) << 3)));
    const bb = f64x2.splat(load<f64>(betaPtr + ((<usize>(j + 1)) << 3)));
    const ca = xPtr + ((<usize>j * stride + r0) << 3);
    const cb = ca + ((<usize>stride) << 3);
    for (let i = 0; i < len2; i += 2) {
      const o = (<usize>i) << 3;
      const e = f64x2.add(f64x2.mul(ba, v128.load(ca + o)), f64x2.mul(bb, v128.load(cb + o)));
      v128.store(etaPtr + o, f64x2.add(v128.load(etaPtr + o), e));
    }
  }
  if (j < k) {
    const bj = f64x2.splat(load<f64>(betaPtr + ((<usize>j) << 3)));
    const cj = xPtr + ((<usize>j * stride + r0) << 3);
    for (let i = 0; i < len2; i += 2) {
      const o = (<usize>i) << 3;
      v128.store(etaPtr + o, f64x2.add(v128.load(etaPtr + o), f64x2.mul(bj, v128.load(cj + o))));
    }
  }
}

/** Σ a[i]·b[i] over len2 (even) doubles. */
function dot(a: usize, b: usize, len2: i32): f64 {
  let s0 = f64x2.splat(0);
  let s1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= len2; i += 4) {
    const o = (<usize>i) << 3;
    s0 = f64x2.add(s0, f64x2.mul(v128.load(a + o), v128.load(b + o)));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(a + o + 16), v128.load(b + o + 16)));
  }
  if (i < len2) {
    const o = (<usize>i) << 3;
    s0 = f64x2.add(s0, f64x2.mul(v128.load(a + o), v128.load(b + o)));
  }
  const s = f64x2.add(s0, s1);
  return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
}

/** Adds Σ a·b and Σ a·c (len2 even doubles) to out[0] and out[1]. */
function dot2(a: usize, b: usize, c: usize, len2: i32, out: usize): void {
  let sb0 = f64x2.splat(0);
  let sb1 = f64x2.splat(0);
  let sc0 = f64x2.splat(0);
  let sc1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= len2; i += 4) {
    const o = (<usize>i) << 3;
    const a0 = v128.load(a + o);
    const a1 = v128.load(a + o + 16);
    sb0 = f64x2.add(sb0, f64x2.mul(a0, v128.load(b + o)));
    sc0 = f64x2.add(sc0, f64x2.mul(a0, v128.load(c + o)));
    sb1 = f64x2.add(sb1, f64x2.mul(a1, v128.load(b + o + 16)));
    sc1 = f64x2.add(sc1, f64x2.mul(a1, v128.load(c + o + 16)));
  }
  if (i < len2) {
    const o = (<usize>i) << 3;
    const a0 = v128.load(a + o);
    sb0 = f64x2.add(sb0, f64x2.mul(a0, v128.load(b + o)));
    sc0 = f64x2.add(sc0, f64x2.mul(a0, v128.load(c + o)));
  }
  const sb = f64x2.add(sb0, sb1);
  const sc = f64x2.add(sc0, sc1);
  store<f64>(out, load<f64>(out) + f64x2.extract_lane(sb, 0) + f64x2.extract_lane(sb, 1));
  store<f64>(out + 8, load<f64>(out + 8) + f64x2.extract_lane(sc, 0) + f64x2.extract_lane(sc, 1));
}

/**
 * Log-likelihood at the β stored at betaOffset(); with derivatives != 0 also XᵀWX (full, row-major) at
 * hessianOffset() and Xᵀ(y − p) at gradientOffset().
 */
export function evaluate(derivatives: i32): f64 {
  const kk = <usize>k;
  if (derivatives) {
    memory.fill(hPtr, 0, kk * kk * 8);
    memory.fill(gPtr, 0, kk * 8);
  }
  let ll: f64 = 0;
  for (let r0 = 0; r0 < n; r0 += BLOCK) {
    const len = min(BLOCK, n - r0);
    const len2 = (len + 1) & ~1;
    linearPredictor(r0, len2);
    let llBlock: f64 = 0;
    for (let i = 0; i < len; i++) {
      const o = (<usize>i) << 3;
      const e = load<f64>(etaPtr + o);
      const yi = load<f64>(yPtr + ((<usize>(r0 + i)) << 3));
      const q = Math.exp(-Math.abs(e));
      const t = 1 / (1 + q);
      const p = e >= 0 ? t : q * t;
      llBlock += yi * e - (e > 0 ? e : 0) - Math.log1p(q);
      store<f64>(wPtr + o, q * t * t);
      store<f64>(rPtr + o, yi - p);
    }
    ll += llBlock;
    if (!derivatives) continue;
    if (len2 > len) {
      store<f64>(wPtr + ((<usize>len) << 3), 0);
      store<f64>(rPtr + ((<usize>len) << 3), 0);
    }
    const rowOff = (<usize>r0) << 3;
    const colBytes = (<usize>stride) << 3;
    // Gradient: g_j += Σ r X_j, two columns at a time.
    let j = 0;
    for (; j + 1 < k; j += 2) {
      const cj = xPtr + <usize>j * colBytes + rowOff;
      dot2(rPtr, cj, cj + colBytes, len2, gPtr + ((<usize>j) << 3));
    }
    if (j < k) {
      const cj = xPtr + <usize>j * colBytes + rowOff;
      store<f64>(gPtr + ((<usize>j) << 3), load<f64>(gPtr + ((<usize>j) << 3)) + dot(rPtr, cj, len2));
    }
    // Hessian, lower triangle: H_ab += Σ (w X_a) X_b, b ≤ a.
    for (let a = 0; a < k; a++) {
      const ca = xPtr + <usize>a * colBytes + rowOff;
      for (let i = 0; i < len2; i += 2) {
        const o = (<usize>i) << 3;
        v128.store(wxPtr + o, f64x2.mul(v128.load(wPtr + o), v128.load(ca + o)));
      }
      const hRow = hPtr + ((<usize>a * kk) << 3);
      let b = 0;
      for (; b + 1 <= a; b += 2) {
        const cb = xPtr + <usize>b * colBytes + rowOff;
        dot2(wxPtr, cb, cb + colBytes, len2, hRow + ((<usize>b) << 3));
      }
      if (b == a) {
        store<f64>(hRow + ((<usize>b) << 3), load<f64>(hRow + ((<usize>b) << 3)) + dot(wxPtr, ca, len2));
      }
    }
  }
  if (derivatives) {
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < a; b++) {
        store<f64>(hPtr + ((<usize>b * kk + a) << 3), load<f64>(hPtr + ((<usize>a * kk + b) << 3)));
      }
    }
  }
  return ll;
}

/** Fitted probabilities at the stored β into the p region (n values). */
export function probabilities(): void {
  for (let r0 = 0; r0 < n; r0 += BLOCK) {
    const len = min(BLOCK, n - r0);
    linearPredictor(r0, (len + 1) & ~1);
    for (let i = 0; i < len; i++) {
      const e = load<f64>(etaPtr + ((<usize>i) << 3));
      const q = Math.exp(-Math.abs(e));
      store<f64>(pPtr + ((<usize>(r0 + i)) << 3), e >= 0 ? 1 / (1 + q) : q / (1 + q));
    }
  }
}
