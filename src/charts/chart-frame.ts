/**
 * The building blocks every chart is drawn with, in one place: the frame (viewBox, accessible name), axes
 * (`bottomAxis`, `leftAxis`, `valueAxisWithGrid`, `valueAxisBottom`), axis titles, reference lines, legends,
 * label fitting and secondary text, type sizes (TYPE) and every colour (PALETTE and the sets built on it).
 * Charts are (svg, data, options) → void functions, as in Observable Plot, and each option is documented
 * where it is declared; a chart does not write its own axis styling, dash pattern or colour.
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
  type Axis,
  type AxisScale,
  type NumberValue,
  type Selection,
} from 'd3';
import { textWidth, truncateText } from './text-width.ts';

/** Options for {@link frame}. */
export interface FrameOptions {
  /** The drawing's width in px; it becomes the viewBox width, so the chart scales with its container. */
  width: number;
  /** The drawing's height in px (the viewBox height). */
  height: number;
  /** The accessible name read by screen readers (role="img"), also written as the SVG's <title>. */
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

/** The continuity statuses, in every chart and legend that shows them. */
export const STATUS_COLORS: Readonly<Record<'continuing' | 'stopped' | 'pending' | 'beginner', string>> = {
  continuing: PALETTE.ok,
  stopped: PALETTE.danger,
  // The strong variants: the firm tab writes the status in white on these cells.
  pending: PALETTE.mutedStrong,
  beginner: PALETTE.accentStrong,
};

/** A match's outcome (match-outcomes.ts `OUTCOME_KEYS`): contract green, meetings blue, declines red. */
export const OUTCOME_COLORS: Readonly<
  Record<'contracted' | 'met' | 'accepted' | 'declined' | 'requested', string>
> = {
  contracted: PALETTE.ok,
  met: PALETTE.primary,
  accepted: PALETTE.primaryLight,
  declined: PALETTE.danger,
  requested: PALETTE.muted,
};

/** Which way a risk factor points (diverging-bars.ts `RiskTone`): worse red, better green, unclear grey. */
export const TONE_COLORS: Readonly<Record<'worse' | 'better' | 'neutral', string>> = {
  worse: PALETTE.danger,
  better: PALETTE.ok,
  neutral: PALETTE.mutedStrong,
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

/** Clears the SVG and sets its viewBox and accessible name; every chart starts here. */
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

/** Options for {@link bottomAxis} and {@link leftAxis}. */
export interface AxisOptions {
  /**
   * Where the axis sits: the y of a bottom axis (usually `height - margin.bottom`) or the x of a left axis
   * (usually `margin.left`), in px.
   */
  at: number;
  /**
   * How the axis line (d3's `.domain` path) is drawn: *shown* in the text colour as d3 draws it, *light* in the
   * grid colour (under bars that start at zero), or *hidden* (the grid or the bars carry the scale). If not
   * specified, defaults to *shown*.
   */
  domain?: 'shown' | 'light' | 'hidden';
}

function placeAxis<D>(s: Svg, axis: Axis<D>, transform: string, domain: AxisOptions['domain']): AxisGroup {
  const g = s.append('g').attr('transform', transform).call(axis).call(styleAxis);
  if (domain === 'light') g.select('.domain').attr('stroke', PALETTE.grid);
  if (domain === 'hidden') g.select('.domain').remove();
  return g;
}

type AxisGroup = Selection<SVGGElement, unknown, null, undefined>;

/** A d3 axis along the bottom in the chart type size and colours; returns its group (to mark a tick). */
export function bottomAxis<D>(s: Svg, axis: Axis<D>, o: AxisOptions): AxisGroup {
  return placeAxis(s, axis, `translate(0,${o.at})`, o.domain);
}

/** A d3 axis on the left in the chart type size and colours. */
export function leftAxis<D>(s: Svg, axis: Axis<D>, o: AxisOptions): AxisGroup {
  return placeAxis(s, axis, `translate(${o.at},0)`, o.domain);
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

/** Secondary text (value labels at bar ends, notes, column headings): small, in the muted text colour. */
export function secondaryText<E extends SVGTextElement | SVGTSpanElement, D, P extends Element | null>(
  text: Selection<E, D, P, unknown>,
): void {
  text.attr('font-size', TYPE.small).attr('fill', PALETTE.textMuted);
}

/** Options for {@link valueAxisWithGrid}. */
export interface ValueAxisWithGridOptions {
  /** The x of the axis (the plot's left edge), in px. */
  left: number;
  /** The plot's width from the axis to the right margin, in px: the grid lines' length. */
  plotWidth: number;
  /** Formats a tick value (the locale's number format). */
  format: (v: number) => string;
  /** About how many ticks d3 aims for; if not specified, defaults to 5. */
  ticks?: number;
  /** If true, only whole-number ticks (counts): no "0, 0.5, 1" on a small scale. Defaults to false. */
  integer?: boolean;
}

/** The value axis on the left with light grid lines across the plot, as every vertical chart draws it. */
export function valueAxisWithGrid(
  s: Svg,
  y: AxisScale<NumberValue> & { ticks(count?: number): number[] },
  o: ValueAxisWithGridOptions,
): void {
  const count = o.ticks ?? 5;
  const axis = axisLeft(y).tickFormat((v) => o.format(Number(v)));
  if (o.integer) axis.tickValues(integerTicks(y, count));
  else axis.ticks(count);
  leftAxis(s, axis, { at: o.left, domain: 'hidden' })
    .selectAll('.tick line')
    .clone()
    .attr('x2', o.plotWidth)
    .attr('stroke', PALETTE.grid);
}

/** Options for {@link valueAxisBottom}. */
export interface ValueAxisBottomOptions {
  /** The chart's width in px. */
  width: number;
  /** The chart's height in px; the axis sits at `height - margin.bottom`. */
  height: number;
  /** The chart's margins in px; the title is centred between the left and right ones. */
  margin: { left: number; right: number; bottom: number };
  /** Formats a tick value. */
  format: (v: number) => string;
  /** The axis title centred under the ticks; if not specified, none. */
  label?: string;
  /** About how many ticks d3 aims for; if not specified, defaults to 6. */
  ticks?: number;
}

/** The value axis along the bottom of a horizontal chart, with an optional centred title under it. */
export function valueAxisBottom(s: Svg, x: AxisScale<NumberValue>, o: ValueAxisBottomOptions): void {
  bottomAxis(
    s,
    axisBottom(x)
      .ticks(o.ticks ?? 6)
      .tickFormat((v) => o.format(Number(v))),
    { at: o.height - o.margin.bottom },
  );
  if (o.label) axisTitle(s, (o.margin.left + o.width - o.margin.right) / 2, o.height - 8, o.label);
}

/** A centred axis title in secondary text; `rotate` turns it to run up a left axis. */
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

/** Options for {@link referenceLine}. */
export interface ReferenceLineOptions {
  /** The line's start and end in px (a vertical zero line has x1 = x2, a diagonal runs corner to corner). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /**
   * What the line marks, which sets its colour and dash: a *guide* to read against (the diagonal of perfect
   * calibration or equality, a zero line behind dots: dashed grey), the *zero* that bars grow from (solid, in
   * the text colour), or a *threshold* (dashed, in `color`). If not specified, defaults to *guide*.
   */
  kind?: 'guide' | 'zero' | 'threshold';
  /** The colour of a threshold line and its label; if not specified, defaults to the text colour. */
  color?: string;
  /** The dash pattern as SVG's stroke-dasharray; if not specified, "4 3" (none for *zero*). */
  dash?: string;
  /** Text naming the line (e.g. "위험 기준 30"), in body type; if not specified, none. */
  label?: { text: string; x: number; y: number; anchor?: 'start' | 'end' };
}

/** A reference line (zero, diagonal, threshold) with an optional label. */
export function referenceLine(s: Svg, o: ReferenceLineOptions): void {
  const kind = o.kind ?? 'guide';
  const color = kind === 'guide' ? PALETTE.muted : kind === 'zero' ? PALETTE.text : (o.color ?? PALETTE.text);
  const line = s
    .append('line')
    .attr('x1', o.x1)
    .attr('y1', o.y1)
    .attr('x2', o.x2)
    .attr('y2', o.y2)
    .attr('stroke', color);
  const dash = o.dash ?? (kind === 'zero' ? null : '4 3');
  if (dash) line.attr('stroke-dasharray', dash);
  if (o.label) {
    s.append('text')
      .attr('x', o.label.x)
      .attr('y', o.label.y)
      .attr('text-anchor', o.label.anchor ?? 'start')
      .attr('font-size', TYPE.body)
      .attr('fill', color)
      .text(o.label.text);
  }
}

/** One entry of a {@link swatchLegend}. */
export interface LegendItem {
  /** The series' name in the reader's language. */
  label: string;
  /** The series' colour, from {@link PALETTE} or a set built on it. */
  color: string;
}

/** Options for {@link swatchLegend}. */
export interface SwatchLegendOptions {
  /** The left edge of the first entry, in px. */
  x: number;
  /** The text baseline of the first entry, in px; each swatch is centred on the text beside it. */
  y: number;
  /** The font size in px; if not specified, defaults to TYPE.body. */
  size?: number;
  /**
   * The swatch's width and height in px; a short flat bar such as `[14, 4]` stands for a line. If not
   * specified, defaults to `[12, 10]`. For *ring* marks the width is the ring's diameter.
   */
  swatch?: readonly [number, number];
  /**
   * How a swatch is drawn: a filled *rect*, or a hollow *ring* (an earlier estimate drawn as a ring in the
   * chart). If not specified, defaults to *rect*.
   */
  mark?: 'rect' | 'ring';
  /**
   * The entries side by side in a *row* (spaced by their text widths), or one under another in a *column*
   * `rowHeight` px apart (when the names are long). If not specified, defaults to *row*.
   */
  direction?: 'row' | 'column';
  /** The distance between entries of a column, in px; if not specified, defaults to 16. */
  rowHeight?: number;
}

/**
 * Colour swatches with their names, as every chart with series draws above its plot: one row by default,
 * or a column.
 */
export function swatchLegend(s: Svg, items: readonly LegendItem[], o: SwatchLegendOptions): void {
  const size = o.size ?? TYPE.body;
  const [w, h] = o.swatch ?? [12, 10];
  const g = s.append('g');
  let lx = o.x;
  let ly = o.y;
  for (const item of items) {
    if (o.mark === 'ring') {
      g.append('circle')
        .attr('cx', lx + w / 2)
        .attr('cy', ly - size * 0.35)
        .attr('r', w / 2)
        .attr('fill', 'none')
        .attr('stroke', item.color)
        .attr('stroke-width', 2);
    } else {
      g.append('rect')
        .attr('x', lx)
        .attr('y', ly - (size * 0.75 + h) / 2)
        .attr('width', w)
        .attr('height', h)
        .attr('fill', item.color);
    }
    const t = g
      .append('text')
      .attr('x', lx + w + 4)
      .attr('y', ly)
      .attr('font-size', size)
      .attr('fill', PALETTE.text)
      .text(item.label);
    if (o.direction === 'column') ly += o.rowHeight ?? 16;
    else lx += w + 4 + textWidth(t.node(), item.label, size) + 14;
  }
}
