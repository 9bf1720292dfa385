/**
 * Bad input to the logistic regression: every case gives an InputError whose message names the variable (and
 * row) and says what to do, or — for separation and non-convergence, which are findings about the data — a
 * result with converged = false, the variable named in a warning and NaN instead of huge numbers. A property
 * test throws random degenerate data at it: it must never fail with anything but an InputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError, type InputError } from '../../src/core/errors.ts';
import { fitLogit } from '../../src/core/stats/logit.ts';
import { fitInputs, loadReference } from './helpers/logit-fixtures.ts';

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  throw new Error('expected an InputError, but the call succeeded');
}

const x1 = [0.5, 1.2, -0.3, 2.2, 0.1, -1.4, 0.9, 1.7, -0.8, 0.0, 1.1, -0.2];
const x2 = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
const y = [0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0];

describe('logit: bad input gives a clear InputError', () => {
  it('constant column: named, with its value', () => {
    const e = inputError(() => fitLogit([x1, x1.map(() => 7)], y, { names: ['growth', 'region_code'] }));
    expect(e.code).toBe('constant-column');
    expect(e.message).toMatch(/"region_code" \(always 7\) is constant/);
    expect(e.message).toMatch(/remove it/);
  });

  it('several constant columns are all named', () => {
    const e = inputError(() =>
      fitLogit([x1.map(() => 0), x2, x1.map(() => 1)], y, { names: ['a', 'b', 'c'] }),
    );
    expect(e.message).toMatch(/"a" \(always 0\), "c" \(always 1\) are constant/);
  });

  it('perfect collinearity (fixture: x3 = x1 − 2·x2): names the combination and its parts', () => {
    const ref = loadReference('collinear');
    const { columns, y: labels } = fitInputs(ref);
    const e = inputError(() => fitLogit(columns, labels, { names: ref.x }));
    expect(e.code).toBe('collinear');
    expect(e.message).toMatch(/"x3" is a linear combination of "x1" and "x2"/);
    expect(e.message).toMatch(/remove "x3" or one of "x1" and "x2"/);
  });

  it('a duplicated column is collinear with its twin only', () => {
    const e = inputError(() =>
      fitLogit([x1, x2, x1.slice()], y, { names: ['sales', 'staff', 'sales_copy'] }),
    );
    expect(e.message).toMatch(/"sales_copy" is a linear combination of "sales" \(/);
  });

  it('all-zero and all-one outcomes', () => {
    expect(
      inputError(() =>
        fitLogit(
          [x1],
          x1.map(() => 0),
          { labelName: 'continued' },
        ),
      ).message,
    ).toMatch(/all 12 rows have continued = 0; .* needs both outcomes/);
    expect(
      inputError(() =>
        fitLogit(
          [x1],
          x1.map(() => 1),
        ),
      ).message,
    ).toMatch(/all 12 rows have y = 1/);
  });

  it('outcome not 0/1: names the row and the value', () => {
    const bad = y.slice();
    bad[4] = 2;
    const e = inputError(() => fitLogit([x1], bad, { labelName: 'continued' }));
    expect(e.code).toBe('bad-label');
    expect(e.message).toMatch(/"continued" has the value 2 at row 5; it must be 0 or 1/);
    bad[4] = NaN;
    expect(inputError(() => fitLogit([x1], bad)).message).toMatch(/a missing value \(NaN\) at row 5/);
  });

  it('NaN and infinite predictor values: names column and row', () => {
    const withNaN = x2.slice();
    withNaN[8] = NaN;
    const e = inputError(() => fitLogit([x1, withNaN], y, { names: ['growth', 'staff'] }));
    expect(e.code).toBe('non-finite');
    expect(e.message).toBe(
      '"staff" has a missing value (NaN) at row 9; drop or impute such rows before fitting',
    );
    const withInf = x1.slice();
    withInf[0] = -Infinity;
    expect(inputError(() => fitLogit([withInf], y, { names: ['growth'] })).message).toMatch(
      /"growth" has an infinite value \(-Infinity\) at row 1/,
    );
  });

  it('too few rows for the parameters', () => {
    const e = inputError(() =>
      fitLogit(
        [
          [1, 2, 3],
          [2, 1, 0],
        ],
        [0, 1, 1],
        { names: ['a', 'b'] },
      ),
    );
    expect(e.code).toBe('too-few-rows');
    expect(e.message).toMatch(/3 rows for 3 parameters \(intercept \+ 2 variables\)/);
    expect(inputError(() => fitLogit([], [])).message).toMatch(/no rows/);
  });

  it('length mismatch between a column and the outcome', () => {
    expect(inputError(() => fitLogit([x1.slice(0, 5)], y, { names: ['growth'] })).message).toMatch(
      /"growth" has 5 values but the outcome "y" has 12/,
    );
  });

  it('invalid options', () => {
    expect(inputError(() => fitLogit([x1], y, { l2: -1 })).message).toMatch(
      /L2 penalty must be a finite number ≥ 0/,
    );
    expect(inputError(() => fitLogit([x1], y, { confidence: 95 })).message).toMatch(
      /confidence must be in \(0, 1\)/,
    );
  });
});

describe('logit: separation and non-convergence are reported, not printed as huge numbers', () => {
  it('complete separation by one variable: the threshold is given, no estimates exist', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const labels = x.map((v) => (v > 5 ? 1 : 0));
    const fit = fitLogit([x], labels, { names: ['years_exported'], labelName: 'continued' });
    expect(fit.converged).toBe(false);
    expect(fit.separation).toMatchObject({
      kind: 'complete',
      variables: ['years_exported'],
      perfectlyPredicted: 10,
    });
    expect(fit.warnings[0]).toMatch(
      /complete separation: "years_exported" predicts continued for every row \(continued = 1 exactly when years_exported > 5\)/,
    );
    for (const c of fit.coefficients) expect(c.estimate).toBeNaN();
    expect(fit.logLikelihood).toBeNaN();
    expect(fit.llNull).toBeCloseTo(10 * Math.log(0.5), 12);
  });

  it('complete separation by two variables together (fixture), decreasing direction too', () => {
    const ref = loadReference('complete_separation');
    const { columns, y: labels } = fitInputs(ref);
    const fit = fitLogit(columns, labels, { names: ref.x });
    expect(fit.separation?.kind).toBe('complete');
    expect(fit.separation?.variables).toEqual(['x1', 'x2']);
    const flipped = fitLogit(
      columns.map((c) => c.map((v) => -v)),
      labels,
      { names: ref.x },
    );
    expect(flipped.separation?.variables).toEqual(['x1', 'x2']);
  });

  it('quasi-complete separation at a tied threshold: the diverging intercept is NaN too', () => {
    // At age 5 the outcome is mixed, and "noise" does not separate those rows either (interleaved).
    const x = [1, 2, 3, 4, 5, 5, 5, 5, 6, 7, 8];
    const z = [0.3, -1.2, 0.8, 0.1, 1.5, -0.5, 0.2, 0.0, -0.7, 0.4, 1.1];
    const labels = [0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1];
    const fit = fitLogit([z, x], labels, { names: ['noise', 'age'] });
    expect(fit.separation?.kind).toBe('quasi-complete');
    expect(fit.separation?.variables).toEqual(['age']);
    expect(fit.warnings[0]).toMatch(/all 3 rows with age > 5 have y = 1; all 4 rows with age < 5 have y = 0/);
    expect(fit.coefficients[2].estimate).toBeNaN();
    expect(fit.coefficients[0].estimate).toBeNaN();
    expect(Number.isFinite(fit.coefficients[1].estimate)).toBe(true);
  });

  it('an L2 penalty makes a separated fit finite', () => {
    const ref = loadReference('complete_separation');
    const { columns, y: labels } = fitInputs(ref);
    const fit = fitLogit(columns, labels, { names: ref.x, l2: 1 });
    expect(fit.converged).toBe(true);
    expect(fit.separation).toBeNull();
    for (const c of fit.coefficients)
      expect(Number.isFinite(c.estimate) && Number.isFinite(c.stdError)).toBe(true);
    expect(fit.warnings.join(' ')).toMatch(/L2 penalty 1/);
  });

  it('non-convergence (iteration cap) keeps finite estimates and names the variable still moving', () => {
    const ref = loadReference('wide');
    const { columns, y: labels } = fitInputs(ref);
    const fit = fitLogit(columns, labels, { names: ref.x, maxIter: 1 });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(1);
    expect(fit.warnings[0]).toMatch(
      /did not converge in 1 iterations \(the coefficient of "v\d\d" was still changing most\)/,
    );
    for (const c of fit.coefficients) expect(Number.isFinite(c.estimate)).toBe(true);
  });

  it('warns when there are fewer than 10 events per variable', () => {
    const fit = fitLogit([x1, x2], y);
    expect(fit.warnings.join(' ')).toMatch(/only 6 rows in the smaller outcome class for 2 variables/);
  });
});

describe('logit: nothing crashes on degenerate random data', () => {
  it('returns a result or throws an InputError, never anything else', () => {
    const value = fc.oneof(
      fc.integer({ min: -2, max: 2 }),
      fc.constantFrom(NaN, Infinity, 1e300, -1e-300, 0.5),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }).chain((n) =>
          fc.record({
            columns: fc.array(fc.array(value, { minLength: n, maxLength: n }), {
              minLength: 0,
              maxLength: 4,
            }),
            labels: fc.array(fc.oneof(fc.constantFrom(0, 1), value), { minLength: n, maxLength: n }),
          }),
        ),
        ({ columns, labels }) => {
          try {
            const fit = fitLogit(columns, labels);
            expect(fit.coefficients).toHaveLength(columns.length + 1);
            for (const c of fit.coefficients)
              expect(Math.abs(c.estimate) < 1e6 || Number.isNaN(c.estimate) || !fit.converged).toBe(true);
          } catch (e) {
            if (!isInputError(e)) throw e;
            expect(e.message.length).toBeGreaterThan(10);
          }
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });
});
