/**
 * Path flow (Sankey-like, drawn with plain d3 — d3-sankey is not a dependency): columns are positions in a
 * session (1st step, 2nd step …), a node is a kind of step at a position sized by its sessions, and a band
 * from one column to the next is the sessions that went from one step to the other. Node order is fixed (the
 * `order` option), so the same step sits at the same height in every column and paths read left to right.
 */
import { max, sum } from 'd3';
import { frame, layoutWidth, PALETTE, secondaryText, TYPE } from './chart-frame.ts';

export interface FlowLink {
  /** 1-based column of the source; the target is in the next column. */
  depth: number;
  source: string;
  target: string;
  value: number;
}

/** Options for {@link pathFlowChart}. */
export interface PathFlowOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /** Step names top to bottom. */
  order: readonly string[];
  /** A step's name in the reader's language, for the node labels and the tooltips. */
  name: (step: string) => string;
  /** A step's colour (WEBLOG_STEP_COLORS); a band takes the colour of the step it leaves. */
  color: (step: string) => string;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to `String(v)`.
   */
  format?: (v: number) => string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 760 when it is not laid out (hidden, in tests).
   */
  width?: number;
  /** The drawing's height in px; if not specified, defaults to 360. */
  height?: number;
  /** Column headings, e.g. (d) => `Step ${d}`. */
  columnLabel?: (depth: number) => string;
}

interface NodeBox {
  key: string;
  depth: number;
  step: string;
  value: number;
  y: number;
  h: number;
  outY: number;
  inY: number;
}

export function pathFlowChart(svg: SVGSVGElement, links: readonly FlowLink[], o: PathFlowOptions): void {
  const width = o.width ?? layoutWidth(svg, 760);
  const height = o.height ?? 360;
  const margin = { top: 24, right: 90, bottom: 8, left: 8 };
  const s = frame(svg, { width, height, label: o.label });
  const fmt = o.format ?? ((v: number) => String(v));
  const columns = (max(links, (l) => l.depth) ?? 0) + 1;
  if (columns < 2) return;
  const nodeWidth = 14;
  const colX = (d: number) =>
    margin.left + ((d - 1) * (width - margin.left - margin.right - nodeWidth)) / (columns - 1);
  // Node values: sessions arriving (or leaving, for the first column).
  const nodes = new Map<string, NodeBox>();
  const node = (depth: number, step: string): NodeBox => {
    const key = `${depth}:${step}`;
    let n = nodes.get(key);
    if (!n) nodes.set(key, (n = { key, depth, step, value: 0, y: 0, h: 0, outY: 0, inY: 0 }));
    return n;
  };
  for (const l of links) {
    if (l.depth === 1) node(1, l.source).value += l.value;
    node(l.depth + 1, l.target).value += l.value;
  }
  const rank = (step: string) => {
    const i = o.order.indexOf(step);
    return i < 0 ? o.order.length : i;
  };
  const gap = 8;
  const plotH = height - margin.top - margin.bottom;
  const colTotals = Array.from({ length: columns }, (_, i) =>
    sum(
      [...nodes.values()].filter((n) => n.depth === i + 1),
      (n) => n.value,
    ),
  );
  const maxCount =
    max(
      Array.from({ length: columns }, (_, i) => [...nodes.values()].filter((n) => n.depth === i + 1).length),
    ) ?? 1;
  const k = (plotH - gap * (maxCount - 1)) / (max(colTotals) || 1);
  for (let d = 1; d <= columns; d++) {
    let y = margin.top;
    for (const n of [...nodes.values()]
      .filter((x) => x.depth === d)
      .sort((a, b) => rank(a.step) - rank(b.step))) {
      n.y = n.outY = n.inY = y;
      n.h = Math.max(1, n.value * k);
      y += n.h + gap;
    }
  }
  const sorted = [...links].sort(
    (a, b) => a.depth - b.depth || rank(a.source) - rank(b.source) || rank(a.target) - rank(b.target),
  );
  const bands = s.append('g').attr('fill-opacity', 0.35);
  for (const l of sorted) {
    const a = nodes.get(`${l.depth}:${l.source}`);
    const b = nodes.get(`${l.depth + 1}:${l.target}`);
    if (!a || !b) continue;
    const h = Math.max(0.5, l.value * k);
    const x0 = colX(l.depth) + nodeWidth;
    const x1 = colX(l.depth + 1);
    const y0 = a.outY;
    const y1 = b.inY;
    a.outY += h;
    b.inY += h;
    const xm = (x0 + x1) / 2;
    bands
      .append('path')
      .attr(
        'd',
        `M${x0},${y0} C${xm},${y0} ${xm},${y1} ${x1},${y1} L${x1},${y1 + h} C${xm},${y1 + h} ${xm},${y0 + h} ${x0},${y0 + h} Z`,
      )
      .attr('fill', o.color(l.source))
      .append('title')
      .text(`${o.name(l.source)} → ${o.name(l.target)}: ${fmt(l.value)}`);
  }
  const g = s.append('g');
  for (const n of nodes.values()) {
    g.append('rect')
      .attr('x', colX(n.depth))
      .attr('y', n.y)
      .attr('width', nodeWidth)
      .attr('height', n.h)
      .attr('fill', o.color(n.step))
      .append('title')
      .text(`${o.name(n.step)}: ${fmt(n.value)}`);
    if (n.h >= 11) {
      g.append('text')
        .attr('x', colX(n.depth) + nodeWidth + 4)
        .attr('y', n.y + Math.min(n.h / 2, 9))
        .attr('dy', '0.35em')
        .attr('font-size', TYPE.small)
        .attr('fill', PALETTE.text)
        .attr('paint-order', 'stroke')
        .attr('stroke', PALETTE.background)
        .attr('stroke-width', 3)
        .text(`${o.name(n.step)} ${fmt(n.value)}`);
    }
  }
  if (o.columnLabel) {
    for (let d = 1; d <= columns; d++) {
      s.append('text').attr('x', colX(d)).attr('y', 12).call(secondaryText).text(o.columnLabel(d));
    }
  }
}
