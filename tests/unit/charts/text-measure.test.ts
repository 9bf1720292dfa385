// @vitest-environment happy-dom
/**
 * The snapshot DOM does not lay text out, so chart text widths (legends placed side by side, labels shortened
 * with an ellipsis) come from the estimate in text-width.ts: the same numbers on every machine. If a DOM
 * version starts measuring text, this test says so before the snapshots drift.
 */
import { describe, expect, it } from 'vitest';
import { textWidth, truncateText } from '../../../src/charts/text-width.ts';
import { uniqueId } from '../../../src/charts/chart-frame.ts';

describe('text measurement in the test DOM', () => {
  it('uses the estimate: a Hangul syllable is one em, a Latin letter 0.6 em', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.textContent = '수출 ab';
    svg.append(text);
    document.body.append(svg);
    expect(textWidth(text as SVGTextElement, '수출 ab', 10)).toBeCloseTo(10 + 10 + 6 + 6 + 6, 10);
  });

  it('shortens to the width with an ellipsis', () => {
    expect(truncateText('전기차 배터리 셀 모듈', 60, 12)).toBe('전기차 …');
    expect(truncateText('short', 60, 12)).toBe('short');
  });
});

describe('chart ids', () => {
  it('are distinct across charts and not random', () => {
    const a = uniqueId('map-ramp');
    const b = uniqueId('map-ramp');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^map-ramp-\d+$/);
  });
});
