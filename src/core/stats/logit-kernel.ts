/**
 * The heavy loop of a logistic-regression fit, behind an interface so that the same Newton/IRLS driver
 * (logit.ts) runs on the TypeScript twin (logit-kernel-ts.ts) or on the WebAssembly kernel (wasm/logit-kernel.ts,
 * loaded by the caller: the core never loads wasm).
 *
 * Contract, for a design matrix X (n rows × k columns, the intercept being just a column of ones) and 0/1 labels
 * y, at coefficients β, with η = Xβ and p = 1/(1 + e^(−η)):
 *   log-likelihood    ℓ(β) = Σ y η − log(1 + e^η)          (computed stably for any η)
 *   gradient          Xᵀ(y − p)                            (k)
 *   Hessian (Fisher)  XᵀWX, W = diag(p(1 − p))              (k×k, row-major, both triangles filled)
 *
 * Storage layout: column-major. The kernel owns the storage (for wasm it lives in the module's memory, so the
 * caller fills it in place instead of copying an array across): `column(j)` is a writable view of column j
 * (length n), `labels()` a writable view of y. Views must be re-fetched after any other call on the problem
 * (a wasm memory may have been replaced); never keep them across calls.
 * Column-major fits how data arrives (one typed array per DuckDB/Arrow column) and lets the kernel stream a
 * block of rows of each column with SIMD; only the upper/lower triangle of XᵀWX is accumulated (symmetry).
 */

/** Outputs of `evaluate` besides the log-likelihood. */
export interface LogitDerivatives {
  /** k×k row-major, receives XᵀWX (both triangles). */
  hessian: Float64Array;
  /** k, receives Xᵀ(y − p). */
  gradient: Float64Array;
}

/** One dataset held by a kernel. */
export interface LogitProblem {
  readonly n: number;
  readonly k: number;
  /** Writable view of design column j (length n). Re-fetch after other calls. */
  column(j: number): Float64Array;
  /** Writable view of the labels (length n), to be filled with 0 and 1. Re-fetch after other calls. */
  labels(): Float64Array;
  /** ℓ(β); with `out`, also XᵀWX and Xᵀ(y − p) at β. */
  evaluate(beta: ArrayLike<number>, out?: LogitDerivatives): number;
  /** Fitted probabilities p = 1/(1 + e^(−Xβ)) into `out` (length n). */
  probabilities(beta: ArrayLike<number>, out: Float64Array): void;
  /** Releases the storage; the problem must not be used afterwards. */
  dispose(): void;
}

export interface LogitKernel {
  /** 'ts' for the TypeScript twin, 'wasm' for the WebAssembly kernel. */
  readonly name: string;
  /** Allocates storage for n rows × k columns (contents unspecified until filled). */
  create(n: number, k: number): LogitProblem;
}
