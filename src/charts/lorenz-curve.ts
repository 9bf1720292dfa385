/**
 * Lorenz curve of exposure (노출 분포): the share of all showings received by the least-shown x % of parties.
 * The diagonal is perfect equality; the further a curve sags below it, the more the showing is concentrated on a
 * few (Gini = twice the area between). Several curves can be compared (e.g. with and without the exposure boost).
 */
import { axisBottom, axisLeft, line, scaleLinear } from 'd3';
import {
  axisTitle,
  bottomAxis,
  frame,
  layoutWidth,
  leftAxis,
  PALETTE,
  referenceLine,
  secondaryText,
  swatchLegend,
  TYPE,
} from './chart-frame.ts';

export interface LorenzSeries {
  readonly label: string;
  readonly points: readonly { readonly population: number; readonly share: number }[];
  readonly color?: string;
}

/** Options for {@link lorenzChart}. */
export interface LorenzCurveOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  readonly label: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 420 when it is not laid out (hidden, in tests).
   */
  readonly width?: number;
  /** The drawing's height in px; if not specified, defaults to 320. */
  readonly height?: number;
  /** The title under the x axis (the share of parties, least shown first). */
  readonly xLabel: string;
  /** The title up the y axis (the share of showings). */
  readonly yLabel: string;
  /** Text along the diagonal of perfect equality. */
  readonly equalityLabel: string;
  /** Formats a share (0–1) for both axes, usually as a percentage. */
  readonly format: (v: number) => string;
}

export function lorenzChart(
  svg: SVGSVGElement,
  series: readonly LorenzSeries[],
  o: LorenzCurveOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 420);
  const height = o.height ?? 320;
  const margin = { top: 12 + series.length * 16, right: 16, bottom: 40, left: 52 };
  const s = frame(svg, { width, height, label: o.label });
  const x = scaleLinear()
    .domain([0, 1])
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([height - margin.bottom, margin.top]);
  bottomAxis(
    s,
    axisBottom(x)
      .ticks(5)
      .tickFormat((v) => o.format(Number(v))),
    { at: height - margin.bottom },
  );
  leftAxis(
    s,
    axisLeft(y)
      .ticks(5)
      .tickFormat((v) => o.format(Number(v))),
    { at: margin.left },
  );
  axisTitle(s, (margin.left + width - margin.right) / 2, height - 6, o.xLabel);
  axisTitle(s, 12, (margin.top + height - margin.bottom) / 2, o.yLabel, true);
  referenceLine(s, { x1: x(0), y1: y(0), x2: x(1), y2: y(1) });
  const colors = [PALETTE.accent, PALETTE.primary, PALETTE.ok];
  const path = line<{ population: number; share: number }>()
    .x((d) => x(d.population))
    .y((d) => y(d.share));
  const legend = series.map((sr, i) => ({ label: sr.label, color: sr.color ?? colors[i % colors.length] }));
  series.forEach((sr, i) => {
    s.append('path')
      .attr('d', path(sr.points as { population: number; share: number }[]) ?? '')
      .attr('fill', 'none')
      .attr('stroke', legend[i].color)
      .attr('stroke-width', 2);
  });
  swatchLegend(s, legend, {
    x: margin.left,
    y: 14,
    size: TYPE.small,
    swatch: [14, 3],
    direction: 'column',
    rowHeight: 16,
  });
  const eq = s
    .append('g')
    .attr(
      'transform',
      `translate(${x(0.55)},${y(0.62)}) rotate(-${(Math.atan2(y(0) - y(1), x(1) - x(0)) * 180) / Math.PI})`,
    );
  eq.append('text').call(secondaryText).text(o.equalityLabel);
}
