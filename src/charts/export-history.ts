/**
 * An exporter's export history (수출 실적): export value per year as columns, with the number of destination
 * markets written above each column. Years without exports inside the span are shown as empty slots, so gaps are
 * visible.
 */
import { axisBottom, axisLeft, max, range, scaleBand, scaleLinear } from 'd3';
import { bottomAxis, frame, layoutWidth, leftAxis, PALETTE, secondaryText } from './chart-frame.ts';

export interface ExportYear {
  readonly year: number;
  readonly value: number;
  readonly markets: number;
}

/** Options for {@link exportHistory}. */
export interface ExportHistoryOptions {
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
  /** The drawing's height in px; if not specified, defaults to 220. */
  readonly height?: number;
  /** Formats an export value (US$, compact) for the value axis and the tooltips. */
  readonly format: (v: number) => string;
  /** Text above a column, e.g. n → "3개국". */
  readonly marketsText: (n: number) => string;
}

export function exportHistory(
  svg: SVGSVGElement,
  data: readonly ExportYear[],
  o: ExportHistoryOptions,
): void {
  const width = o.width ?? layoutWidth(svg, 560);
  const height = o.height ?? 220;
  const margin = { top: 18, right: 12, bottom: 26, left: 64 };
  const s = frame(svg, { width, height, label: o.label });
  if (data.length === 0) return;
  const first = Math.min(...data.map((d) => d.year));
  const last = Math.max(...data.map((d) => d.year));
  const years = range(first, last + 1);
  const byYear = new Map(data.map((d) => [d.year, d]));
  const x = scaleBand<number>()
    .domain(years)
    .range([margin.left, width - margin.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max(data, (d) => d.value) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  bottomAxis(
    s,
    axisBottom(x).tickFormat((v) => String(v)),
    { at: height - margin.bottom, domain: 'light' },
  );
  leftAxis(
    s,
    axisLeft(y)
      .ticks(4)
      .tickFormat((v) => o.format(Number(v))),
    { at: margin.left, domain: 'hidden' },
  );
  const col = s
    .append('g')
    .selectAll('g')
    .data(years.map((yr) => byYear.get(yr) ?? { year: yr, value: 0, markets: 0 }))
    .join('g');
  col
    .append('rect')
    .attr('x', (d) => x(d.year) ?? 0)
    .attr('y', (d) => y(d.value))
    .attr('width', x.bandwidth())
    .attr('height', (d) => y(0) - y(d.value))
    .attr('fill', PALETTE.primary)
    .append('title')
    .text((d) => `${d.year}: ${o.format(d.value)} · ${o.marketsText(d.markets)}`);
  col
    .filter((d) => d.value > 0)
    .append('text')
    .attr('x', (d) => (x(d.year) ?? 0) + x.bandwidth() / 2)
    .attr('y', (d) => y(d.value) - 4)
    .attr('text-anchor', 'middle')
    .call(secondaryText)
    .text((d) => o.marketsText(d.markets));
}
