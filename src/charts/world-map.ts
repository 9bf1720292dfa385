/**
 * Choropleth world map of a value per ISO alpha-2 country (exports by destination), from the bundled
 * Natural Earth 110m TopoJSON (world-atlas), so it draws offline. A log colour scale keeps small
 * markets visible next to the US and China; a legend under the map reads the colours back as values.
 */
import { geoEqualEarth, geoPath, max, scaleSequentialLog } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { alpha2OfNumeric } from '../core/names/index.ts';
import { frame, layoutWidth, MAP_RAMP, PALETTE, secondaryText, TYPE, uniqueId } from './chart-frame.ts';

export interface MapDatum {
  iso2: string;
  value: number;
}

/** Options for {@link worldMap}. */
export interface WorldMapOptions {
  /**
   * The accessible name read by screen readers (role="img") and written as the SVG's <title>, in the reader's
   * language.
   */
  label: string;
  /**
   * The drawing's width in px. If not specified, the width the SVG is laid out at (so text is drawn at its
   * size), or 720 when it is not laid out (hidden, in tests). The map is half as high as wide, plus the legend.
   */
  width?: number;
  /**
   * Formats a value for the axis, the labels and the tooltips (the locale's number format). If not specified,
   * defaults to `String(v)`.
   */
  format?: (v: number) => string;
  /** Country name in the reader's language, for every area (with or without data). */
  name?: (iso2: string) => string;
  /** Name of an area without an ISO code (Natural Earth's "Somaliland"), in the reader's language. */
  uncodedName?: (naturalEarthName: string) => string;
  /** Legend title, e.g. "수출액 (로그 눈금)". */
  legendLabel?: string;
  /** Legend entry and tooltip text for countries without data. */
  noData?: string;
}

type CountryProps = { name: string };

const LEGEND_HEIGHT = 46;

export function worldMap(svg: SVGSVGElement, data: readonly MapDatum[], o: WorldMapOptions): void {
  const width = o.width ?? layoutWidth(svg, 720);
  const mapHeight = Math.round(width * 0.5);
  const height = mapHeight + LEGEND_HEIGHT;
  const s = frame(svg, { width, height, label: o.label });
  const topo = world as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const land = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitSize([width, mapHeight], land);
  const path = geoPath(projection);
  const byIso = new Map<string, MapDatum>();
  for (const d of data) byIso.set(d.iso2.toUpperCase(), d);
  const top = max(data, (d) => d.value) ?? 1;
  const color = scaleSequentialLog(MAP_RAMP).domain([Math.max(1, top / 10000), Math.max(2, top)]);
  const fmt = o.format ?? ((v: number) => String(v));
  const areaName = (f: (typeof land.features)[number]): { iso2: string | undefined; name: string } => {
    const iso2 = f.id === undefined ? undefined : alpha2OfNumeric(String(f.id));
    const neName = f.properties?.name ?? '';
    if (iso2) return { iso2, name: o.name?.(iso2) ?? neName };
    return { iso2, name: o.uncodedName?.(neName) ?? neName };
  };
  s.append('g')
    .selectAll('path')
    .data(land.features)
    .join('path')
    .attr('d', path)
    .attr('fill', (f) => {
      const d = byIso.get(areaName(f).iso2 ?? '');
      return d && d.value > 0 ? color(Math.max(d.value, color.domain()[0])) : PALETTE.empty;
    })
    .attr('stroke', PALETTE.background)
    .attr('stroke-width', 0.5)
    .append('title')
    .text((f) => {
      const { iso2, name } = areaName(f);
      const d = byIso.get(iso2 ?? '');
      return d && d.value > 0 ? `${name}: ${fmt(d.value)}` : o.noData ? `${name}: ${o.noData}` : name;
    });
  legend(s, { x: 8, y: mapHeight + 8, color, format: fmt, title: o.legendLabel, noData: o.noData });
  s.append('text')
    .attr('x', width - 8)
    .attr('y', height - 6)
    .attr('text-anchor', 'end')
    .call(secondaryText)
    .text('Natural Earth');
}

/** A colour ramp with three value ticks (log scale), and a swatch for "no data". */
function legend(
  s: ReturnType<typeof frame>,
  o: {
    x: number;
    y: number;
    color: ReturnType<typeof scaleSequentialLog<string>>;
    format: (v: number) => string;
    title?: string;
    noData?: string;
  },
): void {
  const rampWidth = 300;
  const g = s.append('g').attr('transform', `translate(${o.x},${o.y})`);
  const [lo, hi] = o.color.domain();
  const id = uniqueId('map-ramp');
  const gradient = g.append('defs').append('linearGradient').attr('id', id);
  for (let i = 0; i <= 10; i++) {
    const v = lo * Math.pow(hi / lo, i / 10);
    gradient
      .append('stop')
      .attr('offset', `${i * 10}%`)
      .attr('stop-color', o.color(v));
  }
  if (o.title)
    g.append('text').attr('y', 0).attr('font-size', TYPE.small).attr('fill', PALETTE.text).text(o.title);
  g.append('rect').attr('y', 6).attr('width', rampWidth).attr('height', 10).attr('fill', `url(#${id})`);
  // Three ticks (low, geometric middle, high): four compact amounts would not fit under the ramp.
  for (let i = 0; i <= 2; i++) {
    const v = lo * Math.pow(hi / lo, i / 2);
    g.append('text')
      .attr('x', (rampWidth * i) / 2)
      .attr('y', 30)
      .attr('text-anchor', i === 0 ? 'start' : i === 2 ? 'end' : 'middle')
      .call(secondaryText)
      .text(o.format(v));
  }
  if (o.noData) {
    g.append('rect')
      .attr('x', rampWidth + 24)
      .attr('y', 6)
      .attr('width', 14)
      .attr('height', 10)
      .attr('fill', PALETTE.empty)
      .attr('stroke', PALETTE.muted)
      .attr('stroke-width', 0.5);
    g.append('text')
      .attr('x', rampWidth + 44)
      .attr('y', 15)
      .attr('font-size', TYPE.small)
      .attr('fill', PALETTE.text)
      .text(o.noData);
  }
}
