import { describe, expect, it } from 'vitest';
import { CHART_TEXT, PALETTE, TYPE } from '../../src/charts/chart-frame.ts';

/** WCAG 2.x relative luminance of an sRGB colour (#rrggbb). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (1–21). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('WCAG contrast formula', () => {
  it('matches published values', () => {
    // Black on white is 21:1, a colour on itself 1:1, and #767676 on white the well-known 4.54:1 AA limit.
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1f5fbf', '#1f5fbf')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // The grey the charts used for value labels before (issue 10): 3.06:1, below AA.
    expect(contrast('#8a94a6', '#ffffff')).toBeCloseTo(3.06, 2);
  });
});

describe('chart text', () => {
  it.each(CHART_TEXT)('$role is at least 4.5:1 on its background', ({ color, background }) => {
    expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
  });
  it('lists the secondary text colour, which is not the grey used for lines', () => {
    expect(CHART_TEXT.map((t) => t.color)).toContain(PALETTE.textMuted);
    expect(contrast(PALETTE.muted, PALETTE.background)).toBeLessThan(4.5);
    expect(CHART_TEXT.map((t) => t.color)).not.toContain(PALETTE.muted);
  });
  it('has no type size under 11 px', () => {
    for (const size of Object.values(TYPE)) expect(size).toBeGreaterThanOrEqual(11);
  });
});
