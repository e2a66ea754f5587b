import type { TrendData, TrendFilter } from '../../../shared/trends/aggregate';
import type { InsightSet } from '../../../shared/trends/insights';

/** What the Trends screen asks its worker, and what comes back. */
export interface TrendsRequest {
  readonly id: number;
  readonly filter: TrendFilter;
  /** Bumped whenever the journal changes, so the worker reads it again instead of its cache. */
  readonly journalVersion: number;
}

export type TrendsResponse =
  | { readonly id: number; readonly ok: true; readonly trends: TrendData; readonly insights: InsightSet }
  | { readonly id: number; readonly ok: false; readonly message: string };
