/**
 * Latent taste for matching: u_e (exporters) and v_b (buyers) in R^4, taste = u_e·v_b. Tastes cluster in
 * a few style segments shared by both sides (think premium/organic, value/mass, trend/K-culture,
 * traditional …): u = TASTE_SCALE·(centroid[segment] + TASTE_SPREAD·N(0, I)). Segments make the factor
 * structure learnable from sparse history (firms of one segment accept alike), as real markets are.
 * Neither segments nor factors are published.
 */
import { stream, type Rng } from './rng.ts';

export const TASTE_DIM = 4;
export const TASTE_SEGMENTS = 6;
export const TASTE_SCALE = 0.6;
export const TASTE_SPREAD = 0.35;
/** Length of each segment centre (before TASTE_SCALE). */
export const TASTE_CENTRE_NORM = 1.5;

const centroidCache = new Map<number, Float64Array[]>();

/** Segment centres: unit vectors drawn once per seed. */
function centroids(seed: number): Float64Array[] {
  let c = centroidCache.get(seed);
  if (!c) {
    const rng = stream(seed, 'taste-segments');
    c = Array.from({ length: TASTE_SEGMENTS }, () => {
      const v = new Float64Array(TASTE_DIM);
      let norm = 0;
      for (let k = 0; k < TASTE_DIM; k++) norm += (v[k] = rng.normal()) ** 2;
      for (let k = 0; k < TASTE_DIM; k++) v[k] *= TASTE_CENTRE_NORM / Math.sqrt(norm);
      return v;
    });
    centroidCache.set(seed, c);
  }
  return c;
}

export function drawTaste(rng: Rng, seed: number): Float64Array {
  const centre = centroids(seed)[rng.int(TASTE_SEGMENTS)];
  const u = new Float64Array(TASTE_DIM);
  for (let k = 0; k < TASTE_DIM; k++) u[k] = TASTE_SCALE * (centre[k] + TASTE_SPREAD * rng.normal());
  return u;
}
