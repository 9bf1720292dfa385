/** The shareable address of a list: #/matching/<side>/<id>?seed=N&event=ID. */
import { describe, expect, it } from 'vitest';
import { listHash, parseListQuery } from '../../src/app/matching/url-state.ts';

describe('list address', () => {
  it('round-trips side, id, seed and event', () => {
    const h = listHash('exporter', 'E000001', { seed: 42, event: 'EV2024-CGF' });
    expect(h).toBe('#/matching/exporter/E000001?seed=42&event=EV2024-CGF');
    expect(parseListQuery(h)).toEqual({ seed: 42, event: 'EV2024-CGF' });
  });
  it('encodes ids and leaves out what is not set', () => {
    expect(listHash('buyer', 'B 1/2', { seed: null, event: null })).toBe('#/matching/buyer/B%201%2F2');
    expect(parseListQuery('#/matching/buyer/B1')).toEqual({ seed: null, event: null });
  });
  it('ignores seeds that are not whole numbers in range', () => {
    expect(parseListQuery('#/x?seed=-1').seed).toBeNull();
    expect(parseListQuery('#/x?seed=1.5').seed).toBeNull();
    expect(parseListQuery('#/x?seed=99999999999').seed).toBeNull();
    expect(parseListQuery('#/x?seed=4294967295').seed).toBe(4294967295);
  });
});
