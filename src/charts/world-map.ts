/**
 * Choropleth world map of a value per ISO alpha-2 country (exports by destination), from the bundled
 * Natural Earth 110m TopoJSON (world-atlas), so it draws offline. A log colour scale keeps small
 * markets visible next to the US and China.
 */
import { geoEqualEarth, geoPath, max, scaleSequentialLog, interpolateBlues } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import { frame, PALETTE } from './chart-frame.ts';

export interface MapDatum {
  iso2: string;
  value: number;
}

export interface WorldMapOptions {
  label: string;
  width?: number;
  format?: (v: number) => string;
  /** Country name for tooltips. */
  name?: (iso2: string) => string;
}

type CountryProps = { name: string };

export function worldMap(svg: SVGSVGElement, data: readonly MapDatum[], o: WorldMapOptions): void {
  const width = o.width ?? 720;
  const height = Math.round(width * 0.5);
  const s = frame(svg, { width, height, label: o.label });
  const topo = world as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const land = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitSize([width, height], land);
  const path = geoPath(projection);
  const byNumeric = new Map<string, MapDatum>();
  for (const d of data) {
    const numeric = countries.alpha2ToNumeric(d.iso2);
    if (numeric) byNumeric.set(numeric, d);
  }
  const top = max(data, (d) => d.value) ?? 1;
  const color = scaleSequentialLog(interpolateBlues).domain([Math.max(1, top / 10000), Math.max(2, top)]);
  const fmt = o.format ?? ((v: number) => String(v));
  s.append('g')
    .selectAll('path')
    .data(land.features)
    .join('path')
    .attr('d', path)
    .attr('fill', (f) => {
      const d = byNumeric.get(String(f.id));
      return d && d.value > 0 ? color(Math.max(d.value, color.domain()[0])) : '#f1f3f6';
    })
    .attr('stroke', '#fff')
    .attr('stroke-width', 0.5)
    .append('title')
    .text((f) => {
      const d = byNumeric.get(String(f.id));
      const name = d ? (o.name?.(d.iso2) ?? d.iso2) : (f.properties?.name ?? '');
      return d ? `${name}: ${fmt(d.value)}` : name;
    });
  s.append('text')
    .attr('x', 8)
    .attr('y', height - 8)
    .attr('font-size', 11)
    .attr('fill', PALETTE.muted)
    .text('Natural Earth');
}
