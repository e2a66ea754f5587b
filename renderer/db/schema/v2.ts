import type { Transaction } from 'dexie';
import { upgradeToV2 } from '../../../shared/domain/row-upgrades';
import type { SchemaVersion } from '../schema';

/**
 * Version 2: the full journal entry (intensity, factors, onset, warning signs, what helped) and a
 * `source` on every entry, indexed so sample data can be removed without touching the person's own.
 * Symptoms are also indexed by sensation, so the filter can offer the person's own sensations.
 */
export const schemaV2: SchemaVersion = {
  version: 2,
  stores: {
    sessions: 'id, startedAt, activity, source',
    symptoms: 'id, notedAt, sessionId, source, *sensations',
    settings: 'key',
  },
  upgrade: (transaction: Transaction) =>
    Promise.all([
      transaction
        .table('sessions')
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
          ref.value = upgradeToV2.session(row);
        }),
      transaction
        .table('symptoms')
        .toCollection()
        .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
          ref.value = upgradeToV2.symptom(row);
        }),
    ]),
};
