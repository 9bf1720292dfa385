/**
 * Shared set-up for every chart: clears the SVG, sets its viewBox (charts scale with their container),
 * and gives it an accessible name. Charts are (svg, data, options) → void functions, as in Observable Plot.
 */
import { select, type Selection } from 'd3';

export interface FrameOptions {
  width: number;
  height: number;
  /** Accessible name read by screen readers (role="img"). */
  label: string;
}

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export function frame(svg: SVGSVGElement, o: FrameOptions): Svg {
  const s = select(svg);
  s.selectAll('*').remove();
  s.attr('viewBox', `0 0 ${o.width} ${o.height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .attr('role', 'img')
    .attr('aria-label', o.label);
  s.append('title').text(o.label);
  return s;
}

export const PALETTE = {
  primary: '#1f5fbf',
  primaryLight: '#9bbcf0',
  accent: '#e07b00',
  danger: '#c62828',
  ok: '#2e7d32',
  muted: '#8a94a6',
  grid: '#e3e7ee',
  text: '#1d2330',
} as const;
