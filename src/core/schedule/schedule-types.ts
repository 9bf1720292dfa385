/**
 * The meeting scheduler's input and output: plain objects, so the scheduler is pure, unit-tested in Node and
 * can move into a worker unchanged. Parties are named by id within their side (an exporter and a buyer may
 * share an id string without clashing).
 */

export interface SchedulePair {
  /** The match this meeting comes from (matches.match_id). */
  readonly id: string;
  readonly exporter: string;
  readonly buyer: string;
}

export interface ScheduleInput {
  /** Accepted pairs, in priority order: when not every pair fits, earlier pairs are tried first. */
  readonly pairs: readonly SchedulePair[];
  /** Number of meeting slots (each party meets at most one counterpart per slot). */
  readonly slots: number;
  /** Most meetings per exporter (event_participants.max_meetings); absent → `defaultCap`. */
  readonly exporterCaps?: ReadonlyMap<string, number>;
  readonly buyerCaps?: ReadonlyMap<string, number>;
  /** Cap for a party with no max_meetings; default: no limit beyond the number of slots. */
  readonly defaultCap?: number;
}

export interface ScheduledMeeting {
  readonly pair: SchedulePair;
  /** 0-based slot index. */
  readonly slot: number;
}

/**
 * Why an accepted pair got no slot. After a maximum schedule is found, every unscheduled pair has at least one
 * side that is full (otherwise the pair could still be added), so the reason names the full side(s).
 * `duplicate`: the same exporter–buyer pair was accepted more than once; they meet once.
 */
export type UnscheduledReason = 'exporter-full' | 'buyer-full' | 'both-full' | 'duplicate';

export interface UnscheduledPair {
  readonly pair: SchedulePair;
  readonly reason: UnscheduledReason;
}

export interface PartyLoad {
  readonly id: string;
  /** Meetings scheduled. */
  readonly meetings: number;
  /** Accepted pairs (distinct counterparts) it had. */
  readonly accepted: number;
  /** min(max_meetings, slots): the most it could get. */
  readonly limit: number;
}

export interface Schedule {
  readonly slots: number;
  /** Sorted by slot, then exporter, then buyer. */
  readonly meetings: readonly ScheduledMeeting[];
  readonly unscheduled: readonly UnscheduledPair[];
  readonly exporters: readonly PartyLoad[];
  readonly buyers: readonly PartyLoad[];
  /** Meetings per slot. */
  readonly perSlot: readonly number[];
}
