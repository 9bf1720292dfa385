/**
 * Lorenz curve of exposure (노출 분포): the share of all showings received by the least-shown x % of parties.
 * The diagonal is perfect equality; the further a curve sags below it, the more the showing is concentrated on a
 * few (Gini = twice the area between). Several curves can be compared (e.g. with and without the exposure boost).
 */
import { axisBottom, axisLeft, line, scaleLinear } from 'd3';
import { axisTitle, frame, layoutWidth, PALETTE, styleAxis, TYPE } from './chart-frame.ts';

export interface LorenzSeries {
  readonly label: string;
  readonly points: readonly { readonly population: number; readonly share: number }[];
  readonly color?: string;
}

export interface LorenzCurveOptions {
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly equalityLabel: string;
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
  s.append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      axisBottom(x)
        .ticks(5)
        .tickFormat((v) => o.format(Number(v))),
    )
    .call(styleAxis);
  s.append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((v) => o.format(Number(v))),
    )
    .call(styleAxis);
  axisTitle(s, (margin.left + width - margin.right) / 2, height - 6, o.xLabel);
  axisTitle(s, 12, (margin.top + height - margin.bottom) / 2, o.yLabel, true);
  s.append('line')
    .attr('x1', x(0))
    .attr('y1', y(0))
    .attr('x2', x(1))
    .attr('y2', y(1))
    .attr('stroke', PALETTE.muted)
    .attr('stroke-dasharray', '4 3');
  const colors = [PALETTE.accent, PALETTE.primary, PALETTE.ok];
  const path = line<{ population: number; share: number }>()
    .x((d) => x(d.population))
    .y((d) => y(d.share));
  series.forEach((sr, i) => {
    const color = sr.color ?? colors[i % colors.length];
    s.append('path')
      .attr('d', path(sr.points as { population: number; share: number }[]) ?? '')
      .attr('fill', 'none')
      .attr('stroke', color)
      .attr('stroke-width', 2);
    const g = s.append('g').attr('transform', `translate(${margin.left},${4 + i * 16})`);
    g.append('rect').attr('width', 14).attr('height', 3).attr('y', 5).attr('fill', color);
    g.append('text')
      .attr('x', 20)
      .attr('y', 10)
      .attr('font-size', TYPE.small)
      .attr('fill', PALETTE.text)
      .text(sr.label);
  });
  const eq = s
    .append('g')
    .attr(
      'transform',
      `translate(${x(0.55)},${y(0.62)}) rotate(-${(Math.atan2(y(0) - y(1), x(1) - x(0)) * 180) / Math.PI})`,
    );
  eq.append('text').attr('font-size', TYPE.small).attr('fill', PALETTE.textMuted).text(o.equalityLabel);
}
