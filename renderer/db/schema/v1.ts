import type { SchemaVersion } from '../schema';

/**
 * Version 1: workouts, symptom entries and settings. Times are UTC instants (ISO text sorts in time
 * order), indexed for time-range queries; symptoms are also indexed by the workout they follow.
 */
export const schemaV1: SchemaVersion = {
  version: 1,
  stores: {
    sessions: 'id, startedAt, activity',
    symptoms: 'id, notedAt, sessionId',
    settings: 'key',
  },
};
