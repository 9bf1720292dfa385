import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { integerTicks } from '../../src/charts/chart-frame.ts';

describe('count axes', () => {
  it('tick whole numbers only on a small scale (no "0, 0, 0, 1, 1, 1")', () => {
    expect(integerTicks(scaleLinear().domain([0, 1]), 4)).toEqual([0, 1]);
    expect(integerTicks(scaleLinear().domain([0, 3]), 4)).toEqual([0, 1, 2, 3]);
  });
  it('keep the usual ticks on a large scale', () => {
    expect(integerTicks(scaleLinear().domain([0, 1000]), 5)).toEqual([0, 200, 400, 600, 800, 1000]);
  });
});
