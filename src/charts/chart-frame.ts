/**
 * Shared set-up for every chart: clears the SVG, sets its viewBox (charts scale with their container),
 * and gives it an accessible name. Charts are (svg, data, options) → void functions, as in Observable Plot.
 *
 * Type sizes and colours live here, in one place. Charts draw at the width they are laid out at
 * (`layoutWidth`), so a size here is the size on screen: nothing below TYPE.small (11 px), and every text
 * colour is listed in CHART_TEXT with the background it sits on, which a unit test holds to WCAG AA (4.5:1).
 */
import {
  axisBottom,
  axisLeft,
  interpolateBlues,
  select,
  type AxisScale,
  type NumberValue,
  type Selection,
} from 'd3';
import { textWidth, truncateText } from './text-width.ts';

export interface FrameOptions {
  width: number;
  height: number;
  /** Accessible name read by screen readers (role="img"). */
  label: string;
}

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** Font sizes in px (at the 1:1 scale charts are drawn at). */
export const TYPE = {
  /** Ticks, value labels, legends, notes: the smallest text any chart draws. */
  small: 11,
  /** Category labels, axis titles. */
  body: 12,
  /** Funnel stages and other headline numbers. */
  large: 13,
} as const;

/**
 * Every colour a chart draws in. Components pass these (or the sets below) to charts; no chart and no component
 * writes a colour of its own.
 */
export const PALETTE = {
  primary: '#1f5fbf',
  /** Blues from pale to deep, for sequences (funnel steps, nested stages). */
  primarySoft: '#c9daf5',
  primaryLight: '#9bbcf0',
  primaryMid: '#7fa6e6',
  primaryBright: '#5b8fe0',
  primaryDark: '#0f3b7a',
  primaryDeep: '#0a2a57',
  /** Orange for fills and lines (not for text: 3.0:1 on white). */
  accent: '#e07b00',
  /** Orange that white text can sit on (4.7:1). */
  accentStrong: '#b35c00',
  danger: '#c62828',
  ok: '#2e7d32',
  /** Grey for lines, hatching and "no data" marks (not for text: 3.1:1 on white). */
  muted: '#8a94a6',
  /** Grey that white text can sit on (5.0:1). */
  mutedStrong: '#667085',
  /** Lighter greys for "other" and "end" marks next to `muted`. */
  mutedLight: '#b0b8c6',
  mutedLighter: '#d5dae2',
  grid: '#e3e7ee',
  /** Map areas without data. */
  empty: '#e9ecf1',
  text: '#1d2330',
  /** Secondary text: value labels, axis titles, "정보 없음" (5.9:1 on white). */
  textMuted: '#5b6578',
  background: '#ffffff',
} as const;

/** Funnel steps, palest first (a funnel with more steps repeats them). */
export const FUNNEL_COLORS: readonly string[] = [
  PALETTE.primaryLight,
  PALETTE.primaryBright,
  PALETTE.primary,
  PALETTE.primaryDark,
  PALETTE.primaryDeep,
];

/** The meeting stages requested → accepted → met → contracted: blues growing darker, the contract in orange. */
export const STAGE_COLORS: readonly string[] = [
  PALETTE.primarySoft,
  PALETTE.primaryMid,
  PALETTE.primary,
  PALETTE.accent,
];

/** The steps of a web-log session path (src/data/weblog/session-paths.ts `PATH_STEPS`). */
export const WEBLOG_STEP_COLORS: Readonly<
  Record<'home' | 'search' | 'click' | 'profile' | 'save' | 'request' | 'other' | 'end', string>
> = {
  home: PALETTE.muted,
  search: PALETTE.primary,
  click: PALETTE.primaryBright,
  profile: PALETTE.primaryDark,
  save: PALETTE.ok,
  request: PALETTE.accent,
  other: PALETTE.mutedLight,
  end: PALETTE.mutedLighter,
};

/** Colour ramp of the world map (value → blue, pale to dark); areas without data are `PALETTE.empty`. */
export const MAP_RAMP: (t: number) => string = interpolateBlues;

/** Every colour chart text is drawn in, on the background it is drawn on (checked against WCAG AA). */
export const CHART_TEXT: readonly { role: string; color: string; background: string }[] = [
  { role: 'text', color: PALETTE.text, background: PALETTE.background },
  { role: 'secondary text', color: PALETTE.textMuted, background: PALETTE.background },
  { role: 'threshold label', color: PALETTE.danger, background: PALETTE.background },
  { role: 'positive value', color: PALETTE.ok, background: PALETTE.background },
  { role: 'link-coloured label', color: PALETTE.primary, background: PALETTE.background },
  { role: 'status cell: continuing', color: PALETTE.background, background: PALETTE.ok },
  { role: 'status cell: stopped', color: PALETTE.background, background: PALETTE.danger },
  { role: 'status cell: pending', color: PALETTE.background, background: PALETTE.mutedStrong },
  { role: 'status cell: beginner', color: PALETTE.background, background: PALETTE.accentStrong },
];

let nextId = 0;

/**
 * An id for a gradient or pattern that no other chart on the page uses (several charts share one document).
 * A counter, not a random string, so the same drawing gives the same SVG.
 */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

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

/**
 * The width the SVG is laid out at (CSS px), so the chart is drawn 1:1 and its text keeps its size; the
 * fallback when it is not laid out (hidden, detached, in Node).
 */
export function layoutWidth(svg: SVGSVGElement, fallback: number): number {
  const w = svg.parentElement?.clientWidth ? svg.getBoundingClientRect?.().width : 0;
  return w && w > 40 ? Math.round(w) : fallback;
}

/** Axis text in the chart type size (d3 writes 10 px sans-serif on every axis). */
export function styleAxis<E extends SVGGElement>(g: Selection<E, unknown, null, undefined>): void {
  g.attr('font-size', TYPE.small).attr('font-family', null);
  g.selectAll('.tick text').attr('fill', PALETTE.text);
}

/** Tick values for a count axis: whole numbers only (no "0, 0, 1, 1" on a 0–1 scale). */
export function integerTicks(scale: { ticks(count?: number): number[] }, count: number): number[] {
  return scale.ticks(count).filter((v) => Number.isInteger(v));
}

/**
 * Writes a label shortened to `max` px with an ellipsis; when shortened, the full text goes into a <title>
 * so a pointer (and a screen reader) still gets it.
 */
export function fitLabel<E extends SVGTextElement, D>(
  text: Selection<E, D, SVGGElement | null, unknown>,
  label: (d: D) => string,
  max: number,
  size: number = TYPE.body,
): void {
  text.attr('font-size', size).each(function (d) {
    const full = label(d);
    const shown = truncateText(full, max, size);
    const node = select(this);
    node.text(shown);
    if (shown !== full) node.append('title').text(full);
  });
}

/** A text colour for secondary labels. */
export function secondaryText<E extends SVGTextElement, D>(
  text: Selection<E, D, SVGGElement | null, unknown>,
): void {
  text.attr('font-size', TYPE.small).attr('fill', PALETTE.textMuted);
}

/**
 * The value axis on the left with light grid lines across the plot, as every vertical chart draws it.
 * `x2` is the plot width (from the axis to the right margin). `integer` keeps only whole-number ticks (counts).
 */
export function valueAxisWithGrid(
  s: Svg,
  y: AxisScale<NumberValue> & { ticks(count?: number): number[] },
  o: { left: number; plotWidth: number; format: (v: number) => string; ticks?: number; integer?: boolean },
): void {
  const count = o.ticks ?? 5;
  const axis = axisLeft(y).tickFormat((v) => o.format(Number(v)));
  if (o.integer) axis.tickValues(integerTicks(y, count));
  else axis.ticks(count);
  s.append('g')
    .attr('transform', `translate(${o.left},0)`)
    .call(axis)
    .call(styleAxis)
    .call((g) => g.select('.domain').remove())
    .call((g) => g.selectAll('.tick line').clone().attr('x2', o.plotWidth).attr('stroke', PALETTE.grid));
}

/**
 * The value axis along the bottom of a horizontal chart, with an optional centred title under it.
 */
export function valueAxisBottom(
  s: Svg,
  x: AxisScale<NumberValue>,
  o: {
    width: number;
    height: number;
    margin: { left: number; right: number; bottom: number };
    format: (v: number) => string;
    label?: string;
    ticks?: number;
  },
): void {
  s.append('g')
    .attr('transform', `translate(0,${o.height - o.margin.bottom})`)
    .call(
      axisBottom(x)
        .ticks(o.ticks ?? 6)
        .tickFormat((v) => o.format(Number(v))),
    )
    .call(styleAxis);
  if (o.label) axisTitle(s, (o.margin.left + o.width - o.margin.right) / 2, o.height - 8, o.label);
}

/** A centred axis title in secondary text. */
export function axisTitle(s: Svg, x: number, y: number, text: string, rotate = false): void {
  const t = s
    .append('text')
    .attr('x', x)
    .attr('y', y)
    .attr('text-anchor', 'middle')
    .attr('font-size', TYPE.body)
    .attr('fill', PALETTE.textMuted)
    .text(text);
  if (rotate) t.attr('transform', `rotate(-90,${x},${y})`);
}

/**
 * A row of colour swatches with their names, as every chart with series draws above its plot. `y` is the
 * text baseline; a swatch sits on it (a short bar `[14, 4]` stands for a line).
 */
export function swatchLegend(
  s: Svg,
  items: readonly { label: string; color: string }[],
  o: { x: number; y: number; size?: number; swatch?: readonly [number, number] },
): void {
  const size = o.size ?? TYPE.body;
  const [w, h] = o.swatch ?? [12, 10];
  const g = s.append('g');
  let lx = o.x;
  for (const item of items) {
    g.append('rect')
      .attr('x', lx)
      .attr('y', o.y - (size * 0.75 + h) / 2)
      .attr('width', w)
      .attr('height', h)
      .attr('fill', item.color);
    const t = g
      .append('text')
      .attr('x', lx + w + 4)
      .attr('y', o.y)
      .attr('font-size', size)
      .attr('fill', PALETTE.text)
      .text(item.label);
    lx += w + 4 + textWidth(t.node(), item.label, size) + 14;
  }
}
