/** Hash routes: malformed or unknown addresses give the not-found page instead of throwing. */
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/app/hash-route.ts';

describe('parseHash', () => {
  it('reads routes and decodes their parameters', () => {
    expect(parseHash('')).toEqual({ route: 'overview', params: [] });
    expect(parseHash('#/')).toEqual({ route: 'overview', params: [] });
    expect(parseHash('#/continuity/firm/E00012')).toEqual({
      route: 'continuity',
      params: ['firm', 'E00012'],
    });
    expect(parseHash('#/matching/exporter/%EA%B0%80?seed=4')).toEqual({
      route: 'matching',
      params: ['exporter', '가'],
    });
  });
  it('sends a malformed escape or an unknown page to not-found, without throwing', () => {
    for (const hash of ['#/matching/exporter/%', '#/continuity/firm/%E0%A4%A', '#/nope', '#main', '#/%']) {
      expect(parseHash(hash), hash).toEqual({ route: 'not-found', params: [] });
    }
  });
});
