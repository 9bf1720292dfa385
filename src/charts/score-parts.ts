/**
 * The "why" of a match card: one horizontal bar per variable, its sub-score in [0, 1] (상품·가격·물량 적합도,
 * 희망 조건, 안정성, 외부 환경, 행동, 협업 신호 …). A variable without data is drawn as an outlined, hatched bar at
 * its neutral value and labelled as such, so "no data" is never mistaken for a poor fit.
 */
import { scaleLinear } from 'd3';
import { fitLabel, frame, layoutWidth, PALETTE, TYPE, uniqueId } from './chart-frame.ts';

export interface ScorePart {
  readonly id: string;
  readonly label: string;
  /** Sub-score in [0, 1]. */
  readonly value: number;
  /** True when the value is the neutral stand-in for missing data. */
  readonly missing?: boolean;
}

/** Options for {@link scoreParts}. */
export interface ScorePartsOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  readonly label: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 360 when it is not laid out (hidden, in tests).
   */
  readonly width?: number;
  /**
   * The height of one row in px; if not specified, defaults to 17. The drawing's height follows from the number
   * of rows.
   */
  readonly rowHeight?: number;
  /**
   * The width of the left margin that holds the row labels, in px; a longer label is shortened with an ellipsis
   * and keeps its full text in a <title>. If not specified, defaults to 150.
   */
  readonly labelWidth?: number;
  /** Formats the value at the bar end (e.g. 0.82 → "82%"). */
  readonly format: (v: number) => string;
  /** Text shown instead of the value for missing data. */
  readonly missingText: string;
}

export function scoreParts(svg: SVGSVGElement, data: readonly ScorePart[], o: ScorePartsOptions): void {
  const width = o.width ?? layoutWidth(svg, 360);
  const rowHeight = o.rowHeight ?? 17;
  const margin = { top: 2, right: 64, bottom: 2, left: o.labelWidth ?? 150 };
  const height = margin.top + margin.bottom + Math.max(1, data.length) * rowHeight;
  const s = frame(svg, { width, height, label: o.label });
  const x = scaleLinear()
    .domain([0, 1])
    .range([margin.left, width - margin.right]);
  const defs = s.append('defs');
  const hatchId = uniqueId('hatch');
  defs
    .append('pattern')
    .attr('id', hatchId)
    .attr('width', 4)
    .attr('height', 4)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)')
    .append('rect')
    .attr('width', 1.5)
    .attr('height', 4)
    .attr('fill', PALETTE.muted);
  const row = s
    .append('g')
    .selectAll('g')
    .data(data)
    .join('g')
    .attr('transform', (_d, i) => `translate(0,${margin.top + i * rowHeight})`);
  row
    .append('rect')
    .attr('x', x(0))
    .attr('y', 3)
    .attr('width', x(1) - x(0))
    .attr('height', rowHeight - 6)
    .attr('fill', PALETTE.grid);
  row
    .append('rect')
    .attr('x', x(0))
    .attr('y', 3)
    .attr('width', (d) => Math.max(0, x(Math.min(1, Math.max(0, d.value))) - x(0)))
    .attr('height', rowHeight - 6)
    .attr('fill', (d) =>
      d.missing ? `url(#${hatchId})` : d.id === 'collaborative' ? PALETTE.accent : PALETTE.primary,
    )
    .attr('stroke', (d) => (d.missing ? PALETTE.muted : 'none'));
  row
    .append('text')
    .attr('x', margin.left - 6)
    .attr('y', rowHeight / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('fill', PALETTE.text)
    .call(fitLabel, (d: ScorePart) => d.label, margin.left - 10, TYPE.small);
  row
    .append('text')
    .attr('x', width - margin.right + 6)
    .attr('y', rowHeight / 2)
    .attr('dy', '0.35em')
    .attr('font-size', TYPE.small)
    .attr('fill', (d) => (d.missing ? PALETTE.textMuted : PALETTE.text))
    .text((d) => (d.missing ? o.missingText : o.format(d.value)));
}
