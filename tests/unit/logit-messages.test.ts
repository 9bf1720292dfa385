/**
 * Fit messages name what is wrong: when the intercept itself is lost at rounding level (variables near 1e308),
 * the message names the constant term instead of `"undefined" is almost constant`.
 */
import { describe, expect, it } from 'vitest';
import { collinearityError } from '../../src/core/stats/logit-messages.ts';

describe('collinearityError', () => {
  it('names the constant term when column 0 (the intercept) is the dependent one', () => {
    const e = collinearityError({ index: 0, residualShare: 0, basis: [], coefficients: [] }, ['x1', 'x2']);
    expect(e.message).not.toContain('undefined');
    expect(e.message).toMatch(/^the constant term cannot be estimated .* rescale the variables/);
    expect(e.code).toBe('intercept-lost');
  });

  it('still names a variable that is almost constant, and the variables of a combination', () => {
    const constant = collinearityError({ index: 2, residualShare: 0, basis: [0], coefficients: [1] }, [
      'a',
      'b',
    ]);
    expect(constant.message).toMatch(/^"b" is almost constant/);
    const combo = collinearityError(
      { index: 3, residualShare: 0, basis: [0, 1, 2], coefficients: [0.5, 1, 2] },
      ['a', 'b', 'c'],
    );
    expect(combo.message).toMatch(/^"c" is a linear combination of "a" and "b"/);
  });
});
