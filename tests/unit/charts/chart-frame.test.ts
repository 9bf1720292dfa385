// @vitest-environment happy-dom
/** The building blocks in chart-frame.ts do what their documented options say. */
import { axisBottom, scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  bottomAxis,
  frame,
  PALETTE,
  referenceLine,
  swatchLegend,
  TYPE,
} from '../../../src/charts/chart-frame.ts';
import { newSvg } from './svg-snapshot.ts';

const attrs = (el: Element | null, ...names: string[]) => names.map((n) => el?.getAttribute(n) ?? null);

describe('referenceLine', () => {
  it('draws a guide dashed grey, a zero solid in the text colour, a threshold in its colour with its label', () => {
    const s = frame(newSvg(), { width: 100, height: 100, label: 'x' });
    referenceLine(s, { x1: 0, y1: 100, x2: 100, y2: 0 });
    referenceLine(s, { x1: 50, y1: 0, x2: 50, y2: 100, kind: 'zero' });
    referenceLine(s, {
      x1: 0,
      y1: 30,
      x2: 100,
      y2: 30,
      kind: 'threshold',
      color: PALETTE.danger,
      dash: '5 3',
      label: { text: '기준 30', x: 96, y: 44, anchor: 'end' },
    });
    const [guide, zero, threshold] = [...s.node()!.querySelectorAll('line')];
    expect(attrs(guide, 'stroke', 'stroke-dasharray')).toEqual([PALETTE.muted, '4 3']);
    expect(attrs(zero, 'stroke', 'stroke-dasharray')).toEqual([PALETTE.text, null]);
    expect(attrs(threshold, 'stroke', 'stroke-dasharray')).toEqual([PALETTE.danger, '5 3']);
    const label = s.node()!.querySelector('text:not(title)');
    expect(attrs(label, 'fill', 'text-anchor', 'font-size')).toEqual([
      PALETTE.danger,
      'end',
      String(TYPE.body),
    ]);
    expect(label?.textContent).toBe('기준 30');
  });
});

describe('swatchLegend', () => {
  const items = [
    { label: '지속', color: PALETTE.ok },
    { label: 'stopped', color: PALETTE.danger },
  ];

  it('puts a row side by side, spaced by the text width (Hangul one em)', () => {
    const s = frame(newSvg(), { width: 300, height: 40, label: 'x' });
    swatchLegend(s, items, { x: 10, y: 20 });
    const texts = [...s.node()!.querySelectorAll('g text')];
    expect(texts.map((t) => t.getAttribute('y'))).toEqual(['20', '20']);
    // 10 + swatch 12 + 4, then 24 px of text ("지속" at 12 px) + 14 gap + 12 + 4.
    expect(texts.map((t) => Number(t.getAttribute('x')))).toEqual([26, 26 + 24 + 14 + 16]);
  });

  it('stacks a column rowHeight apart and draws rings when asked', () => {
    const s = frame(newSvg(), { width: 300, height: 60, label: 'x' });
    swatchLegend(s, items, {
      x: 10,
      y: 14,
      direction: 'column',
      rowHeight: 16,
      mark: 'ring',
      swatch: [10, 10],
    });
    const texts = [...s.node()!.querySelectorAll('g text')];
    expect(texts.map((t) => [t.getAttribute('x'), t.getAttribute('y')])).toEqual([
      ['24', '14'],
      ['24', '30'],
    ]);
    const rings = [...s.node()!.querySelectorAll('g circle')];
    expect(rings.map((c) => attrs(c, 'fill', 'stroke', 'r'))).toEqual([
      ['none', PALETTE.ok, '5'],
      ['none', PALETTE.danger, '5'],
    ]);
  });
});

describe('bottomAxis', () => {
  it('styles ticks in the chart type and draws the axis line shown, light or hidden', () => {
    const s = frame(newSvg(), { width: 200, height: 100, label: 'x' });
    const x = scaleLinear().domain([0, 10]).range([0, 200]);
    const shown = bottomAxis(s, axisBottom(x), { at: 80 });
    const light = bottomAxis(s, axisBottom(x), { at: 80, domain: 'light' });
    const hidden = bottomAxis(s, axisBottom(x), { at: 80, domain: 'hidden' });
    expect(shown.attr('font-size')).toBe(String(TYPE.small));
    expect(shown.attr('transform')).toBe('translate(0,80)');
    expect(shown.select('.tick text').attr('fill')).toBe(PALETTE.text);
    expect(shown.select('.domain').attr('stroke')).toBe('currentColor');
    expect(light.select('.domain').attr('stroke')).toBe(PALETTE.grid);
    expect(hidden.select('.domain').empty()).toBe(true);
  });
});
