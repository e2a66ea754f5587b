import type { TrendData, TrendFilter } from '../../../shared/trends/aggregate';
import type { InsightSet } from '../../../shared/trends/insights';
import type { JournalChanges } from '../../db/changes';

/** What the Trends screen asks its worker, and what comes back. */
export interface TrendsRequest {
  readonly kind: 'trends';
  readonly id: number;
  readonly filter: TrendFilter;
  /** The period holds the whole journal ("All"): every row is read, without the time indexes. */
  readonly wholeJournal: boolean;
}

/**
 * Rows a write changed, sent as soon as Dexie reports it: the worker reads just those again into
 * the rows it holds, and the next request aggregates them. 'all' makes it read everything again.
 */
export interface TrendsChanges extends JournalChanges {
  readonly kind: 'changes';
}

/** Trends has left the screen: the worker lets go of the rows it holds until it is asked again. */
export interface TrendsRelease {
  readonly kind: 'release';
}

export type TrendsMessage = TrendsRequest | TrendsChanges | TrendsRelease;

/**
 * A request is answered in two parts, the charts' numbers first: the insights take about as long
 * again to work out, and the screen draws the charts meanwhile.
 */
export type TrendsResponse =
  | { readonly id: number; readonly ok: true; readonly part: 'trends'; readonly trends: TrendData }
  | { readonly id: number; readonly ok: true; readonly part: 'insights'; readonly insights: InsightSet }
  | { readonly id: number; readonly ok: false; readonly message: string };
