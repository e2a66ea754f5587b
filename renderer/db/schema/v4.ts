import type { SchemaVersion } from '../schema';

/**
 * Version 4: the Trends worker's month texts (`trend-months.ts`), a cache of the workouts and
 * symptoms built from them on first use. Nothing to upgrade: an empty store is a stale one.
 */
export const schemaV4: SchemaVersion = {
  version: 4,
  stores: {
    trendMonths: 'month',
  },
};
