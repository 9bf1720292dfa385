/**
 * Puts chosen meetings into time slots so that no party is in two meetings in the same slot: a proper edge
 * colouring of a bipartite graph with `colours` colours. By König's edge-colouring theorem a bipartite graph
 * whose largest degree is ≤ `colours` can always be coloured this way; this is the constructive proof:
 * for edge (u, v) take a colour a free at u and b free at v; if a is also free at v use it, else swap the
 * colours a/b along the alternating path that starts at v (in a bipartite graph it cannot reach u), which
 * frees a at v.
 *
 * Among colours free at both ends the least-used one is taken, so meetings spread over the day instead of
 * piling into the first slots (fewer people in the hall at once; ties go to the earlier slot).
 */
import type { BipartiteEdges } from './balanced-b-matching.ts';

/** Returns the colour (slot) of each edge whose `use` flag is 1, else -1. Throws if a degree exceeds `colours`. */
export function colourBipartiteEdges(g: BipartiteEdges, use: Uint8Array, colours: number): Int32Array {
  const C = colours;
  const at = [new Int32Array(g.left * C).fill(-1), new Int32Array(g.right * C).fill(-1)] as const;
  const colour = new Int32Array(g.from.length).fill(-1);
  const usage = new Int32Array(C);
  const ends = (e: number): [number, number] => [g.from[e], g.to[e]];

  const freeAt = (side: 0 | 1, node: number): number => {
    const base = node * C;
    for (let c = 0; c < C; c++) if (at[side][base + c] < 0) return c;
    throw new Error(`node ${node} on side ${side} has more edges than the ${C} colours`);
  };
  const set = (e: number, c: number): void => {
    const [u, v] = ends(e);
    at[0][u * C + c] = e;
    at[1][v * C + c] = e;
    colour[e] = c;
  };
  const unset = (e: number): void => {
    const [u, v] = ends(e);
    const c = colour[e];
    at[0][u * C + c] = -1;
    at[1][v * C + c] = -1;
    colour[e] = -1;
  };

  for (let e = 0; e < g.from.length; e++) {
    if (!use[e]) continue;
    const [u, v] = ends(e);
    let best = -1;
    for (let c = 0; c < C; c++) {
      if (at[0][u * C + c] < 0 && at[1][v * C + c] < 0 && (best < 0 || usage[c] < usage[best])) best = c;
    }
    if (best < 0) {
      const a = freeAt(0, u);
      const b = freeAt(1, v);
      // Collect the path from v: colour a at v, then b, then a … alternating sides; then flip it.
      const path: number[] = [];
      let side: 0 | 1 = 1;
      let node = v;
      let want = a;
      for (;;) {
        const f = at[side][node * C + want];
        if (f < 0) break;
        path.push(f);
        const [fu, fv] = ends(f);
        side = side === 1 ? 0 : 1;
        node = side === 0 ? fu : fv;
        want = want === a ? b : a;
      }
      const old = path.map((f) => colour[f]);
      for (const f of path) unset(f);
      path.forEach((f, i) => {
        const next = old[i] === a ? b : a;
        usage[old[i]]--;
        usage[next]++;
        set(f, next);
      });
      best = a;
    }
    set(e, best);
    usage[best]++;
  }
  return colour;
}
