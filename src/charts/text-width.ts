/** Width of chart text, for laying out legends and labels next to each other (Korean glyphs are wider). */

/** Rendered width of a text node, or an estimate when it is not laid out (detached SVG, tests). */
export function textWidth(node: SVGTextElement | null, text: string, fontSize: number): number {
  const measured = node?.getComputedTextLength?.() ?? 0;
  if (measured > 0) return measured;
  let w = 0;
  for (const ch of text) w += /[\u3131-\uD79D]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

/** Shortens text to about `max` px at `fontSize`, with an ellipsis. */
export function truncateText(text: string, max: number, fontSize: number): string {
  if (textWidth(null, text, fontSize) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(null, out + ch + '…', fontSize) > max) break;
    out += ch;
  }
  return out + '…';
}
