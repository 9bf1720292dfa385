/**
 * Chooses which accepted pairs meet: a maximum "b-matching" of the bipartite exporter–buyer graph (each party
 * takes at most `limit` meetings), found as a maximum flow s → exporter → buyer → t with Dinic's algorithm,
 * in two phases that make the spread fair.
 *
 * Phase 1 (exporters): the exporters' caps are raised one level at a time — at level k every exporter may
 * take min(k, limit) meetings, buyers their full limit — and the flow is augmented to a maximum before the
 * next level. An augmenting path starts at s and ends at t and never lowers the flow on a source or sink
 * arc, so an exporter's count never drops. Hence, after the last level, for every k the sum over exporters
 * of min(meetings, k) is the largest any valid selection has (truncating any selection to k per exporter
 * gives a candidate for level k) — in particular as many exporters as possible get at least one meeting, and
 * the total is the maximum.
 * Phase 2 (buyers): with each exporter's count fixed at its phase-1 value, the flow is rebuilt with the
 * buyers' caps raised level by level the same way, so among those schedules the buyers get the same
 * guarantee. Exporters (the agency's clients) come first; the total stays the maximum.
 * Ties (which of several equally good pairs is kept) follow the input order: earlier pairs are tried first.
 *
 * Typed arrays throughout: 20,000 pairs over 16 levels take milliseconds (bench/schedule.bench.ts).
 */

export interface BipartiteEdges {
  /** Number of left (exporter) and right (buyer) nodes. */
  readonly left: number;
  readonly right: number;
  /** Edge i joins left node `from[i]` and right node `to[i]`. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Returns, per edge, 1 if it is chosen. `leftLimit` / `rightLimit`: the most edges per node. */
export function balancedBMatching(
  g: BipartiteEdges,
  leftLimit: Int32Array,
  rightLimit: Int32Array,
): Uint8Array {
  // Phase 1: exporters level by level, buyers at their limits.
  const first = new FlowGraph(g);
  for (let v = 0; v < g.right; v++) first.setSinkCap(v, rightLimit[v]);
  for (let k = 1; k <= maxOf(leftLimit); k++) {
    for (let u = 0; u < g.left; u++) first.setSourceCap(u, Math.min(k, leftLimit[u]));
    first.maxFlow();
  }
  const leftLoad = first.sourceFlows();
  // Phase 2: exporters fixed at their counts, buyers level by level.
  const second = new FlowGraph(g);
  for (let u = 0; u < g.left; u++) second.setSourceCap(u, leftLoad[u]);
  for (let k = 1; k <= maxOf(rightLimit); k++) {
    for (let v = 0; v < g.right; v++) second.setSinkCap(v, Math.min(k, rightLimit[v]));
    second.maxFlow();
  }
  return second.chosen();
}

function maxOf(xs: Int32Array): number {
  let m = 0;
  for (const x of xs) m = Math.max(m, x);
  return m;
}

/**
 * Residual graph in arrays. Nodes: 0 = source, 1 = sink, 2…2+left-1 exporters, then buyers. Edges come in
 * pairs (e, e^1 = its reverse). Layout: pair edges first (so edge 2i is input pair i), then source arcs,
 * then sink arcs.
 */
class FlowGraph {
  private readonly n: number;
  private readonly head: Int32Array;
  private readonly adj: Int32Array;
  private readonly to: Int32Array;
  private readonly cap: Int32Array;
  private readonly level: Int32Array;
  private readonly it: Int32Array;
  private readonly queue: Int32Array;
  private readonly pathEdges: Int32Array;
  private readonly pairs: number;
  private readonly sourceArc: number;
  private readonly sinkArc: number;

  constructor(private readonly g: BipartiteEdges) {
    const L = g.left;
    const R = g.right;
    const P = g.from.length;
    this.n = 2 + L + R;
    this.pairs = P;
    const m = 2 * (P + L + R);
    this.to = new Int32Array(m);
    this.cap = new Int32Array(m);
    const tail = new Int32Array(m);
    const add = (e: number, a: number, b: number, c: number): void => {
      tail[e] = a;
      this.to[e] = b;
      this.cap[e] = c;
      tail[e + 1] = b;
      this.to[e + 1] = a;
      this.cap[e + 1] = 0;
    };
    for (let i = 0; i < P; i++) add(2 * i, 2 + g.from[i], 2 + L + g.to[i], 1);
    this.sourceArc = 2 * P;
    for (let u = 0; u < L; u++) add(this.sourceArc + 2 * u, 0, 2 + u, 0);
    this.sinkArc = 2 * (P + L);
    for (let v = 0; v < R; v++) add(this.sinkArc + 2 * v, 2 + L + v, 1, 0);
    // Adjacency in CSR form, edges of a node in creation order (pair edges keep the input's priority).
    const degree = new Int32Array(this.n + 1);
    for (let e = 0; e < m; e++) degree[tail[e] + 1]++;
    for (let i = 0; i < this.n; i++) degree[i + 1] += degree[i];
    this.head = degree;
    this.adj = new Int32Array(m);
    const fill = degree.slice(0, this.n);
    for (let e = 0; e < m; e++) this.adj[fill[tail[e]]++] = e;
    this.level = new Int32Array(this.n);
    this.it = new Int32Array(this.n);
    this.queue = new Int32Array(this.n);
    this.pathEdges = new Int32Array(this.n);
  }

  /** Sets the capacity of s → exporter u (never below its current flow). */
  setSourceCap(u: number, c: number): void {
    this.setCap(this.sourceArc + 2 * u, c);
  }

  setSinkCap(v: number, c: number): void {
    this.setCap(this.sinkArc + 2 * v, c);
  }

  /** Flow on each s → exporter arc: the exporters' meeting counts. */
  sourceFlows(): Int32Array {
    return Int32Array.from({ length: this.g.left }, (_, u) => this.cap[this.sourceArc + 2 * u + 1]);
  }

  private setCap(e: number, c: number): void {
    const flow = this.cap[e + 1];
    if (c < flow) throw new Error('a capacity cannot go below the flow already on the arc');
    this.cap[e] = c - flow;
  }

  chosen(): Uint8Array {
    const out = new Uint8Array(this.pairs);
    for (let i = 0; i < this.pairs; i++) out[i] = this.cap[2 * i] === 0 ? 1 : 0;
    return out;
  }

  maxFlow(): number {
    let total = 0;
    while (this.bfs()) {
      this.it.set(this.head.subarray(0, this.n));
      while (this.augment()) total++;
    }
    return total;
  }

  private bfs(): boolean {
    const { level, queue, head, adj, to, cap } = this;
    level.fill(-1);
    level[0] = 0;
    let qh = 0;
    let qt = 0;
    queue[qt++] = 0;
    while (qh < qt) {
      const u = queue[qh++];
      for (let i = head[u]; i < head[u + 1]; i++) {
        const e = adj[i];
        const v = to[e];
        if (cap[e] > 0 && level[v] < 0) {
          level[v] = level[u] + 1;
          queue[qt++] = v;
        }
      }
    }
    return level[1] >= 0;
  }

  /** One unit along a shortest augmenting path (iterative DFS with current-arc pointers). */
  private augment(): boolean {
    const { level, it, head, adj, to, cap, pathEdges } = this;
    let depth = 0;
    let u = 0;
    for (;;) {
      if (u === 1) {
        for (let d = 0; d < depth; d++) {
          const e = pathEdges[d];
          cap[e]--;
          cap[e ^ 1]++;
        }
        return true;
      }
      let advanced = false;
      for (; it[u] < head[u + 1]; it[u]++) {
        const e = adj[it[u]];
        const v = to[e];
        if (cap[e] > 0 && level[v] === level[u] + 1) {
          pathEdges[depth++] = e;
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      if (u === 0) return false;
      level[u] = -1; // dead end for this phase
      const back = pathEdges[--depth];
      u = to[back ^ 1];
      it[u]++;
    }
  }
}
