import { normaliseLocations } from './body-locations';
import type { BodyLocation } from './records';
import { NO_FACTORS_RECORDED } from './record-defaults';

/**
 * How stored rows change from one schema version to the next, as pure functions. The database
 * migrations apply them to every row, and a restore applies them to the rows of an older backup,
 * so both paths always agree.
 */
type Row = Record<string, unknown>;

export interface RowUpgrade {
  /** The version these functions upgrade rows *to*. */
  readonly toVersion: number;
  readonly session: (row: Row) => Row;
  readonly symptom: (row: Row) => Row;
}

/**
 * Version 2: workouts gain intensity, the article factors and a source; symptoms gain onset,
 * duration, warning signs, what helped and a source. A paired region stored with side "both" (as
 * the first version's form allowed) becomes its left and right, as the body map records it.
 */
export const upgradeToV2: RowUpgrade = {
  toVersion: 2,
  session: (row) => ({
    ...row,
    intensity: row.intensity ?? null,
    factors: row.factors ?? NO_FACTORS_RECORDED,
    source: row.source ?? 'person',
  }),
  symptom: (row) => ({
    ...row,
    locations: Array.isArray(row.locations) ? normaliseLocations(row.locations as BodyLocation[]) : row.locations,
    onset: row.onset ?? null,
    durationMinutes: row.durationMinutes ?? null,
    ongoing: row.ongoing ?? false,
    worseWithActivity: row.worseWithActivity ?? null,
    warningSigns: row.warningSigns ?? [],
    helped: row.helped ?? [],
    source: row.source ?? 'person',
  }),
};

/** Every upgrade, in version order. */
export const ROW_UPGRADES: readonly RowUpgrade[] = [upgradeToV2];

/**
 * Upgrades one row of the sessions or symptoms table written under `fromVersion` to the newest
 * schema. Only records are upgraded; anything else in a damaged file is left for validation to report.
 */
export function upgradeRow(table: 'sessions' | 'symptoms', row: unknown, fromVersion: number): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  let upgraded = row as Row;
  for (const upgrade of ROW_UPGRADES) {
    if (upgrade.toVersion <= fromVersion) continue;
    upgraded = table === 'sessions' ? upgrade.session(upgraded) : upgrade.symptom(upgraded);
  }
  return upgraded;
}
