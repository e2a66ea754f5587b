import type { ExerciseSession, SymptomEntry } from '../domain/records';

/**
 * The fields of a workout and a symptom that the Trends charts and insights read, and the month
 * texts the journal keeps them in for the Trends worker.
 *
 * Reading ten years of rows as objects from IndexedDB (80,000 rows) took about a second on a 2-core
 * machine, as long as the charts' whole budget; the same rows as one JSON text per month read and
 * parse in about a third of that. The month texts are a cache: rebuilt from the rows whenever a
 * write has marked them stale, never backed up, never the only copy of anything.
 */

export type TrendSession = Pick<
  ExerciseSession,
  'id' | 'startedAt' | 'utcOffsetMinutes' | 'activity' | 'durationMinutes' | 'intensity' | 'factors'
>;

export type TrendSymptom = Pick<
  SymptomEntry,
  'id' | 'notedAt' | 'utcOffsetMinutes' | 'sessionId' | 'sensations' | 'locations' | 'severity' | 'onset'
>;

export interface TrendRows {
  readonly sessions: TrendSession[];
  readonly symptoms: TrendSymptom[];
}

/**
 * Bumped whenever the fields above or the text's shape change: a month text of another layout is
 * treated as stale and rebuilt from the rows.
 */
export const TREND_MONTH_LAYOUT = 1;

/** The month a row is filed under: the first seven characters of its UTC instant (`2026-11`). */
export function monthOfInstant(instant: string): string {
  return instant.slice(0, 7);
}

/** Only the fields Trends reads: notes and the rest stay out of the month texts. */
export function trendSessionOf(session: TrendSession): TrendSession {
  const { id, startedAt, utcOffsetMinutes, activity, durationMinutes, intensity, factors } = session;
  return { id, startedAt, utcOffsetMinutes, activity, durationMinutes, intensity, factors };
}

export function trendSymptomOf(symptom: TrendSymptom): TrendSymptom {
  const { id, notedAt, utcOffsetMinutes, sessionId, sensations, locations, severity, onset } = symptom;
  return { id, notedAt, utcOffsetMinutes, sessionId, sensations, locations, severity, onset };
}

/**
 * Files slim copies of the rows (`trendSessionOf`, `trendSymptomOf`) under their months, adding to
 * `months`, so a journal can be filed a page of rows at a time.
 */
export function fileByMonth(
  months: Map<string, TrendRows>,
  sessions: readonly TrendSession[],
  symptoms: readonly TrendSymptom[],
): Map<string, TrendRows> {
  const monthRows = (month: string): TrendRows => {
    let rows = months.get(month);
    if (rows === undefined) {
      rows = { sessions: [], symptoms: [] };
      months.set(month, rows);
    }
    return rows;
  };
  for (const session of sessions) monthRows(monthOfInstant(session.startedAt)).sessions.push(trendSessionOf(session));
  for (const symptom of symptoms) monthRows(monthOfInstant(symptom.notedAt)).symptoms.push(trendSymptomOf(symptom));
  return months;
}

/** Expects slim rows (as `fileByMonth` files them): whatever else a row holds would be stored too. */
export function monthText(rows: TrendRows): string {
  return JSON.stringify(rows);
}

/** The rows of a month text, or null when the text is not one (a damaged cache is rebuilt, not trusted). */
export function parseMonthText(text: string): TrendRows | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { sessions, symptoms } = parsed as Record<string, unknown>;
    return Array.isArray(sessions) && Array.isArray(symptoms)
      ? { sessions: sessions as TrendSession[], symptoms: symptoms as TrendSymptom[] }
      : null;
  } catch {
    return null;
  }
}

/**
 * Every month from the one holding `lower` to the one holding `upper` (UTC instants, sortable as
 * text), in order.
 */
export function monthsBetween(lower: string, upper: string): string[] {
  const months: string[] = [];
  let year = Number(lower.slice(0, 4));
  let month = Number(lower.slice(5, 7));
  const last = monthOfInstant(upper);
  if (!Number.isInteger(year) || !Number.isInteger(month)) return months;
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
