/**
 * Maps a fit in standardised coordinates (b, on z = (x − m)/s plus an intercept) back to the user's units:
 * β_j = b_j / s_j, β₀ = b₀ − Σ β_j m_j, and Cov(β) = A Cov(b) Aᵀ with A the same linear map — exact, so
 * internal standardisation costs no accuracy. Then z = β/SE, two-sided normal p, and the confidence interval
 * β ± z_(1+c)/2 · SE, as statsmodels reports them.
 */
import { normalQuantile, normalTwoSidedP } from './distributions.ts';
import { cholesky, choleskyInverse } from './linalg.ts';
import type { LogitCoefficient } from './logit.ts';
import type { SeparationFinding } from './separation.ts';

/**
 * Estimates and covariance on the original scale. Regular fits: Cov_b = (H + λ)⁻¹ in standardised
 * coordinates, then Cov = A Cov_b Aᵀ. Separation: the separating coefficients are NaN; in quasi-complete
 * separation the others use the Hessian restricted to them (the separating directions carry no information).
 */
export function originalScale(
  b: Float64Array,
  hessian: Float64Array,
  lastChange: Float64Array,
  separation: SeparationFinding | null,
  scaling: { means: Float64Array; sds: Float64Array; l2: number },
): { estimates: Float64Array; covariance: Float64Array } {
  const k = b.length;
  const { means, sds, l2 } = scaling;
  const estimates = new Float64Array(k);
  let intercept = b[0];
  for (let j = 1; j < k; j++) {
    estimates[j] = b[j] / sds[j - 1];
    intercept -= estimates[j] * means[j - 1];
  }
  estimates[0] = intercept;
  const covariance = new Float64Array(k * k).fill(NaN);
  if (separation?.kind === 'complete') return { estimates: estimates.fill(NaN), covariance };

  if (separation) {
    // Keep the non-separating coefficients; the intercept only if it has settled too (it diverges when the
    // separating threshold is not at 0 in original units).
    const culprit = new Set(separation.indices.map((j) => j + 1));
    let interceptChange = lastChange[0];
    for (let j = 1; j < k; j++) interceptChange -= (lastChange[j] * means[j - 1]) / sds[j - 1];
    const interceptSettled = Math.abs(interceptChange) < 1e-6 * Math.max(1, Math.abs(estimates[0]));
    const keep = Array.from({ length: k }, (_, j) => j).filter(
      (j) => !culprit.has(j) && (j > 0 || interceptSettled),
    );
    for (let j = 0; j < k; j++) if (!keep.includes(j)) estimates[j] = NaN;
    // Hessian w.r.t. the kept original-scale coefficients, scaled by their sds: columns e₀ (intercept) and
    // e₀·m_j/s_j + e_j (slope j) of the map from original to standardised coordinates.
    const q = keep.length;
    const t = new Float64Array(k * q);
    keep.forEach((j, c) => {
      if (j === 0) t[0 * q + c] = 1;
      else {
        t[0 * q + c] = means[j - 1] / sds[j - 1];
        t[j * q + c] = 1;
      }
    });
    const restricted = new Float64Array(q * q);
    for (let r = 0; r < q; r++) {
      for (let c = 0; c < q; c++) {
        let s = 0;
        for (let a = 0; a < k; a++) {
          if (t[a * q + r] === 0) continue;
          for (let e = 0; e < k; e++) s += t[a * q + r] * hessian[a * k + e] * t[e * q + c];
        }
        restricted[r * q + c] = s;
      }
    }
    if (cholesky(restricted, q) < 0) {
      const inv = choleskyInverse(restricted, q);
      const scale = keep.map((j) => (j === 0 ? 1 : 1 / sds[j - 1]));
      for (let r = 0; r < q; r++) {
        for (let c = 0; c < q; c++) covariance[keep[r] * k + keep[c]] = inv[r * q + c] * scale[r] * scale[c];
      }
    }
    return { estimates, covariance };
  }

  const a = hessian.slice();
  if (l2 > 0) for (let j = 1; j < k; j++) a[j * k + j] += l2;
  if (cholesky(a, k) >= 0) return { estimates, covariance };
  const cb = choleskyInverse(a, k);
  // A maps standardised to original coefficients: row 0 = (1, −m_1/s_1, …), row j = e_j / s_j.
  const row = (r: number, c: number): number =>
    r === 0 ? (c === 0 ? 1 : -means[c - 1] / sds[c - 1]) : r === c ? 1 / sds[r - 1] : 0;
  const ac = new Float64Array(k * k);
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let m = 0; m < k; m++) {
        const arm = row(r, m);
        if (arm !== 0) s += arm * cb[m * k + c];
      }
      ac[r * k + c] = s;
    }
  }
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let m = 0; m < k; m++) {
        const acm = row(c, m);
        if (acm !== 0) s += ac[r * k + m] * acm;
      }
      covariance[r * k + c] = s;
    }
  }
  return { estimates, covariance };
}

/** Coefficient rows (z, two-sided normal p, CI) from estimates and covariance; NaN propagates. */
export function buildCoefficients(
  estimates: Float64Array,
  covariance: Float64Array,
  names: readonly string[],
  confidence: number,
): LogitCoefficient[] {
  const k = estimates.length;
  const zCrit = normalQuantile(0.5 + confidence / 2);
  return Array.from({ length: k }, (_, j) => {
    const estimate = estimates[j];
    const stdError = Number.isNaN(estimate) ? NaN : Math.sqrt(covariance[j * k + j]);
    const z = estimate / stdError;
    return {
      name: j === 0 ? 'const' : names[j - 1],
      estimate,
      stdError,
      z,
      p: normalTwoSidedP(z),
      ciLower: estimate - zCrit * stdError,
      ciUpper: estimate + zCrit * stdError,
    };
  });
}
