import type { SessionFactors, TrendsView } from './records';

/*
 * Plain values of the journal's records, kept apart from their zod schemas in `records.ts` (which
 * exports them too): the Trends worker needs these, and importing `records.ts` there would make
 * every start of the worker evaluate zod and each schema.
 */

export const NO_FACTORS_RECORDED: SessionFactors = {
  longestHoldMinutes: null,
  repeatedMovements: null,
  warmUp: null,
  stretching: null,
  waterMl: null,
  electrolytes: null,
  tightClothing: null,
  cold: null,
  gripTrainer: null,
  sittingHours: null,
};

/** Up to a week after the workout; later than that is "next day" or unrelated. */
export const ONSET_AFTER_MAX_MINUTES = 7 * 24 * 60;

export const DEFAULT_TRENDS_VIEW: TrendsView = {
  range: '3m',
  fromDay: '',
  toDay: '',
  sensation: '',
  region: '',
  activity: '',
};
