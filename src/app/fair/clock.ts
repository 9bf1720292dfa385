/** The booth laptop's clock as venue wall-clock text (the contract's zone-less TIMESTAMP), and today's date. */
import { wallClock } from '../../data/fair/match-row.ts';

export function nowWallClock(): string {
  return wallClock(new Date());
}
