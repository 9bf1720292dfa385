/**
 * The evaluation at a glance: for each metric (NDCG@10, P@10, …) one group of horizontal bars, one bar per model
 * (hybrid, content-only, CF-only, popularity, random), the hybrid highlighted. Values are in [0, 1].
 */
import { scaleBand, scaleLinear } from 'd3';
import { frame, layoutWidth, PALETTE, secondaryText, TYPE } from './chart-frame.ts';

export interface MetricGroup {
  readonly metric: string;
  readonly label: string;
  readonly values: readonly { readonly model: string; readonly label: string; readonly value: number }[];
}

/** Options for {@link metricsChart}. */
export interface MetricsChartOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  readonly label: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 560 when it is not laid out (hidden, in tests).
   */
  readonly width?: number;
  /** The height of one model's bar in px; if not specified, defaults to 16. */
  readonly barHeight?: number;
  /** The model drawn in the accent colour. */
  readonly highlight?: string;
  /** Formats a metric value (0–1) at the bar ends. */
  readonly format: (v: number) => string;
}

export function metricsChart(
  svg: SVGSVGElement,
  groups: readonly MetricGroup[],
  o: MetricsChartOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 560);
  const barHeight = o.barHeight ?? 16;
  const models = groups[0]?.values.length ?? 0;
  const groupHeight = models * barHeight + 26;
  const margin = { top: 4, right: 56, bottom: 4, left: 120 };
  const height = margin.top + margin.bottom + groups.length * groupHeight;
  const s = frame(svg, { width, height, label: o.label });
  const max = Math.max(0.0001, ...groups.flatMap((g) => g.values.map((v) => v.value)));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([margin.left, width - margin.right]);
  groups.forEach((g, gi) => {
    const top = margin.top + gi * groupHeight;
    s.append('text')
      .attr('x', 0)
      .attr('y', top + 12)
      .attr('font-size', TYPE.body)
      .attr('font-weight', 600)
      .attr('fill', PALETTE.text)
      .text(g.label);
    const y = scaleBand()
      .domain(g.values.map((v) => v.model))
      .range([top + 18, top + 18 + models * barHeight])
      .padding(0.15);
    const row = s.append('g').selectAll('g').data(g.values).join('g');
    row
      .append('text')
      .attr('x', margin.left - 6)
      .attr('y', (v) => (y(v.model) ?? 0) + y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .attr('font-size', TYPE.small)
      .attr('fill', PALETTE.text)
      .text((v) => v.label);
    row
      .append('rect')
      .attr('x', x(0))
      .attr('y', (v) => y(v.model) ?? 0)
      .attr('height', y.bandwidth())
      .attr('width', (v) => Math.max(0, x(v.value) - x(0)))
      .attr('fill', (v) => (v.model === o.highlight ? PALETTE.accent : PALETTE.primaryLight));
    row
      .append('text')
      .attr('x', (v) => x(v.value) + 4)
      .attr('y', (v) => (y(v.model) ?? 0) + y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .call(secondaryText)
      .text((v) => o.format(v.value));
  });
}
