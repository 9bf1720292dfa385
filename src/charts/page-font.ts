/**
 * d3's axes set font-family="sans-serif" on their group, which bypasses the page's bundled Korean font: headless
 * Chromium and machines without a CJK system font then draw Korean tick labels (e.g. "US$200만") as empty boxes.
 * Removing the attribute lets the axis inherit the page font. Use: `.call(axisLeft(y)).call(pageFont)`.
 */
import type { Selection } from 'd3';

export function pageFont<E extends Element>(g: Selection<E, unknown, null, undefined>): void {
  g.attr('font-family', null);
}
