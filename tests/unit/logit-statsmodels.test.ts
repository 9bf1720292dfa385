/**
 * Our logistic regression against statsmodels 0.13.5 (Logit, Newton, tol 1e-12) on the committed fixtures
 * (tests/fixtures/logit/make_reference.py): coefficients to 1e-6 relative, standard errors to 1e-5, and the fit
 * statistics, with both the TypeScript twin and the WebAssembly kernel. Also the validation metrics on the
 * fitted probabilities against scipy, and the separated dataset against the limit statsmodels reaches when the
 * perfectly predicted rows are left out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fitLogit } from '../../src/core/stats/logit.ts';
import type { LogitKernel } from '../../src/core/stats/logit-kernel.ts';
import { tsLogitKernel } from '../../src/core/stats/logit-kernel-ts.ts';
import { auc, brier, ks } from '../../src/core/stats/metrics.ts';
import { loadWasmLogitKernel } from '../../wasm/logit-kernel.ts';
import {
  REGULAR_DATASETS,
  fitInputs,
  isFit,
  loadReference,
  relativeError,
} from './helpers/logit-fixtures.ts';

const kernels: Record<string, () => Promise<LogitKernel>> = {
  ts: async () => tsLogitKernel,
  wasm: loadWasmLogitKernel,
};

for (const [kernelName, load] of Object.entries(kernels)) {
  describe(`logit vs statsmodels (${kernelName} kernel)`, () => {
    let kernel: LogitKernel;
    beforeAll(async () => {
      kernel = await load();
    });

    for (const name of REGULAR_DATASETS) {
      it(`${name}: estimates, SEs, z, p, CI and fit statistics`, () => {
        const ref = loadReference(name);
        const sm = ref.statsmodels;
        if (!isFit(sm)) throw new Error(`${name}: the reference is not a fit`);
        const { columns, y } = fitInputs(ref);
        const fit = fitLogit(columns, y, { names: ref.x, labelName: ref.y, kernel });

        expect(fit.converged).toBe(true);
        expect(fit.separation).toBeNull();
        expect(fit.kernel).toBe(kernelName);
        expect(fit.n).toBe(sm.n);
        expect(fit.coefficients.map((c) => c.name)).toEqual(sm.coefficients.map((c) => c.name));
        fit.coefficients.forEach((c, j) => {
          const r = sm.coefficients[j];
          expect(relativeError(c.estimate, r.estimate), `${c.name} estimate`).toBeLessThan(1e-6);
          expect(relativeError(c.stdError, r.std_error), `${c.name} std error`).toBeLessThan(1e-5);
          expect(relativeError(c.z, r.z), `${c.name} z`).toBeLessThan(1e-5);
          expect(relativeError(c.ciLower, r.ci_lower), `${c.name} CI lower`).toBeLessThan(1e-5);
          expect(relativeError(c.ciUpper, r.ci_upper), `${c.name} CI upper`).toBeLessThan(1e-5);
          // statsmodels' p underflows to 0 below ~1e-308; ours may be a denormal there.
          if (r.p > 1e-300) expect(relativeError(c.p, r.p), `${c.name} p`).toBeLessThan(1e-4);
          else expect(c.p).toBeLessThan(1e-300);
        });
        expect(relativeError(fit.logLikelihood, sm.log_likelihood)).toBeLessThan(1e-9);
        expect(relativeError(fit.llNull, sm.ll_null)).toBeLessThan(1e-9);
        expect(relativeError(fit.aic, sm.aic)).toBeLessThan(1e-9);
        expect(relativeError(fit.bic, sm.bic)).toBeLessThan(1e-9);
        expect(relativeError(fit.mcfaddenR2, sm.mcfadden_r2)).toBeLessThan(1e-8);
        if (sm.llr_pvalue > 1e-300) expect(relativeError(fit.llrPValue, sm.llr_pvalue)).toBeLessThan(1e-4);
        expect(fit.iterations).toBeLessThanOrEqual(sm.iterations);
      });
    }
  });
}

describe('validation metrics on the fitted probabilities vs scipy', () => {
  for (const name of REGULAR_DATASETS) {
    it(`${name}: AUC (Mann–Whitney), KS (ks_2samp), Brier`, () => {
      const ref = loadReference(name);
      const { columns, y } = fitInputs(ref);
      const fit = fitLogit(columns, y, { names: ref.x });
      const m = ref.metrics;
      if (!m) throw new Error(`${name}: no metrics in the reference`);
      expect(auc(fit.fitted, y)).toBeCloseTo(m.auc, 12);
      expect(ks(fit.fitted, y)).toBeCloseTo(m.ks, 12);
      expect(relativeError(brier(fit.fitted, y), m.brier)).toBeLessThan(1e-9);
    });
  }
});

describe('quasi-complete separation vs the limit statsmodels reaches without the separated rows', () => {
  it('names "flag", reports it as NaN and the other coefficients at their limit', () => {
    const ref = loadReference('quasi_separation');
    // statsmodels itself fails on this dataset (LinAlgError: Singular matrix) — that is what we improve on.
    expect(isFit(ref.statsmodels)).toBe(false);
    const limit = ref.limit_without_flag;
    if (!limit) throw new Error('no limit reference');
    const { columns, y } = fitInputs(ref);
    const fit = fitLogit(columns, y, { names: ref.x });
    expect(fit.converged).toBe(false);
    expect(fit.separation?.kind).toBe('quasi-complete');
    expect(fit.separation?.variables).toEqual(['flag']);
    expect(fit.separation?.perfectlyPredicted).toBe(limit.rows_perfectly_predicted);
    expect(fit.warnings[0]).toMatch(/"flag" predicts y perfectly for 29 of 120 rows/);
    const [c0, flag, x2] = fit.coefficients;
    expect(flag.estimate).toBeNaN();
    expect(flag.stdError).toBeNaN();
    const [r0, r2] = limit.statsmodels.coefficients;
    expect(relativeError(c0.estimate, r0.estimate)).toBeLessThan(1e-6);
    expect(relativeError(x2.estimate, r2.estimate)).toBeLessThan(1e-6);
    expect(relativeError(c0.stdError, r0.std_error)).toBeLessThan(1e-5);
    expect(relativeError(x2.stdError, r2.std_error)).toBeLessThan(1e-5);
    // The separated rows contribute nothing in the limit: ℓ equals the limit fit's.
    expect(relativeError(fit.logLikelihood, limit.statsmodels.log_likelihood)).toBeLessThan(1e-8);
  });
});
