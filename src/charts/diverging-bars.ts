/**
 * Signed horizontal bars around zero, one labelled row each: a firm's drivers βⱼ·(xᵢⱼ − x̄ⱼ) (what pulls its
 * index down or up against the average firm) and the risk factors (standardized difference, risk group −
 * continuing group). Negative bars use `negativeColor`, positive ones `positiveColor`.
 */
import { max, scaleBand, scaleLinear } from 'd3';
import {
  fitLabel,
  frame,
  layoutWidth,
  PALETTE,
  referenceLine,
  secondaryText,
  swatchLegend,
  TONE_COLORS,
  TYPE,
  valueAxisBottom,
} from './chart-frame.ts';

/** Which way a bar points in terms of risk: the risk group is worse off, better off, or it cannot be said. */
export type RiskTone = 'worse' | 'better' | 'neutral';

export interface DivergingDatum {
  label: string;
  value: number;
  /** Extra tooltip text. */
  detail?: string;
  /** Colour by direction of risk instead of by sign (credit grade: higher is worse, so + is red). */
  tone?: RiskTone;
}

/** Options for {@link divergingBars}. */
export interface DivergingBarsOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to two decimals.
   */
  format?: (v: number) => string;
  /** The title under the value axis; if not specified, none (and a smaller bottom margin). */
  xLabel?: string;
  /** The fill of a bar below zero without a `tone`; if not specified, defaults to PALETTE.danger. */
  negativeColor?: string;
  /** The fill of a bar above zero without a `tone`; if not specified, defaults to PALETTE.ok. */
  positiveColor?: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 640 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /**
   * The height of one row in px; if not specified, defaults to 24. The drawing's height follows from the number
   * of rows.
   */
  rowHeight?: number;
  /**
   * The width of the left margin that holds the row labels, in px; a longer label is shortened with an ellipsis
   * and keeps its full text in a <title>. If not specified, defaults to 190.
   */
  labelWidth?: number;
  /** Legend above the bars naming the tones in use. */
  toneLegend?: Partial<Record<RiskTone, string>>;
}

export function divergingBars(
  svg: SVGSVGElement,
  data: readonly DivergingDatum[],
  o: DivergingBarsOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 640);
  const rowHeight = o.rowHeight ?? 24;
  const legendTones = (Object.keys(TONE_COLORS) as RiskTone[]).filter(
    (t) => o.toneLegend?.[t] && data.some((d) => d.tone === t),
  );
  const margin = {
    top: legendTones.length ? 28 : 8,
    right: 20,
    bottom: o.xLabel ? 44 : 28,
    left: o.labelWidth ?? 190,
  };
  const height = margin.top + margin.bottom + Math.max(1, data.length) * rowHeight;
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => v.toFixed(2));
  const extent = max(data, (d) => (Number.isFinite(d.value) ? Math.abs(d.value) : 0)) || 1;
  const x = scaleLinear()
    .domain([-extent, extent])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleBand()
    .domain(data.map((d) => d.label))
    .range([margin.top, height - margin.bottom])
    .padding(0.2);
  valueAxisBottom(s, x, { width, height, margin, format: fmt, label: o.xLabel });
  const row = s.append('g').selectAll('g').data(data).join('g');
  row
    .append('rect')
    .attr('x', (d) => x(Math.min(0, d.value)))
    .attr('width', (d) => (Number.isFinite(d.value) ? Math.abs(x(d.value) - x(0)) : 0))
    .attr('y', (d) => y(d.label) ?? 0)
    .attr('height', y.bandwidth())
    .attr('fill', (d) =>
      d.tone
        ? TONE_COLORS[d.tone]
        : d.value < 0
          ? (o.negativeColor ?? PALETTE.danger)
          : (o.positiveColor ?? PALETTE.ok),
    )
    .append('title')
    .text((d) => `${d.label}: ${fmt(d.value)}${d.detail ? ` — ${d.detail}` : ''}`);
  row
    .append('text')
    .attr('x', margin.left - 8)
    .attr('y', (d) => (y(d.label) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('fill', PALETTE.text)
    .call(fitLabel, (d: DivergingDatum) => d.label, margin.left - 12);
  row
    .append('text')
    // The value sits on the other side of zero from its bar, so it never runs into the row labels.
    .attr('x', (d) => (d.value < 0 ? x(0) + 4 : x(0) - 4))
    .attr('y', (d) => (y(d.label) ?? 0) + y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', (d) => (d.value < 0 ? 'start' : 'end'))
    .call(secondaryText)
    .text((d) => (Number.isFinite(d.value) ? fmt(d.value) : ''));
  referenceLine(s, { x1: x(0), y1: margin.top, x2: x(0), y2: height - margin.bottom, kind: 'zero' });
  const legend = legendTones.map((t) => ({ label: o.toneLegend?.[t] ?? '', color: TONE_COLORS[t] }));
  swatchLegend(s, legend, { x: margin.left, y: 16, size: TYPE.small, swatch: [12, 12] });
}
