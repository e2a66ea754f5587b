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
 * treated as stale and rebuilt from the rows. 2: rows as arrays of values rather than objects,
 * which took ten years of texts from 25.3 to 12.7 MB and parse about a third faster.
 */
export const TREND_MONTH_LAYOUT = 2;

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

/** How `fileByMonth` files each row: as a slim copy (the default), or as it is. */
export interface FiledAs {
  readonly session: (session: TrendSession) => TrendSession;
  readonly symptom: (symptom: TrendSymptom) => TrendSymptom;
}

const SLIM_COPIES: FiledAs = { session: trendSessionOf, symptom: trendSymptomOf };

/**
 * Rows kept as they are: for rows held anyway (a restore's), which `monthText` slims as it writes;
 * slim copies beside them would only add to the memory.
 */
export const AS_THEY_ARE: FiledAs = { session: (session) => session, symptom: (symptom) => symptom };

/**
 * Files the rows under their months, as slim copies (`trendSessionOf`, `trendSymptomOf`) unless
 * asked otherwise, adding to `months`, so a journal can be filed a page of rows at a time.
 */
export function fileByMonth(
  months: Map<string, TrendRows>,
  sessions: readonly TrendSession[],
  symptoms: readonly TrendSymptom[],
  filedAs: FiledAs = SLIM_COPIES,
): Map<string, TrendRows> {
  const monthRows = (month: string): TrendRows => {
    let rows = months.get(month);
    if (rows === undefined) {
      rows = { sessions: [], symptoms: [] };
      months.set(month, rows);
    }
    return rows;
  };
  for (const session of sessions) monthRows(monthOfInstant(session.startedAt)).sessions.push(filedAs.session(session));
  for (const symptom of symptoms) monthRows(monthOfInstant(symptom.notedAt)).symptoms.push(filedAs.symptom(symptom));
  return months;
}

/** The factors in the order a month text lists their values. */
const FACTOR_ORDER = [
  'longestHoldMinutes',
  'repeatedMovements',
  'warmUp',
  'stretching',
  'waterMl',
  'electrolytes',
  'tightClothing',
  'cold',
  'gripTrainer',
  'sittingHours',
] as const satisfies readonly (keyof TrendSession['factors'])[];

type SessionValues = [
  TrendSession['id'],
  TrendSession['startedAt'],
  TrendSession['utcOffsetMinutes'],
  TrendSession['activity'],
  TrendSession['durationMinutes'],
  TrendSession['intensity'],
  TrendSession['factors'][(typeof FACTOR_ORDER)[number]][],
];

type SymptomValues = [
  TrendSymptom['id'],
  TrendSymptom['notedAt'],
  TrendSymptom['utcOffsetMinutes'],
  TrendSymptom['sessionId'],
  TrendSymptom['sensations'],
  /** Region, side, region, side, … */
  string[],
  TrendSymptom['severity'],
  /** `[kind, afterMinutes]`, or null when the onset wasn't recorded. */
  [string, number | null] | null,
];

/**
 * A month's rows as one JSON text: `[sessions, symptoms]`, each row an array of its values in a
 * fixed order. The same rows as objects repeat every field name in every row, which was most of the
 * text. Only the fields Trends reads are written, whatever else a row holds.
 */
export function monthText(rows: TrendRows): string {
  const sessions = rows.sessions.map((session): SessionValues => [
    session.id,
    session.startedAt,
    session.utcOffsetMinutes,
    session.activity,
    session.durationMinutes,
    session.intensity,
    FACTOR_ORDER.map((factor) => session.factors[factor]),
  ]);
  const symptoms = rows.symptoms.map((symptom): SymptomValues => [
    symptom.id,
    symptom.notedAt,
    symptom.utcOffsetMinutes,
    symptom.sessionId,
    symptom.sensations,
    symptom.locations.flatMap((location) => [location.region, location.side]),
    symptom.severity,
    symptom.onset === null ? null : [symptom.onset.kind, symptom.onset.afterMinutes],
  ]);
  return JSON.stringify([sessions, symptoms]);
}

function sessionOf(values: SessionValues): TrendSession {
  const [id, startedAt, utcOffsetMinutes, activity, durationMinutes, intensity, factorValues] = values;
  const factors = {} as Record<(typeof FACTOR_ORDER)[number], unknown>;
  FACTOR_ORDER.forEach((factor, index) => (factors[factor] = factorValues[index] ?? null));
  return {
    id,
    startedAt,
    utcOffsetMinutes,
    activity,
    durationMinutes,
    intensity,
    factors: factors as TrendSession['factors'],
  };
}

function symptomOf(values: SymptomValues): TrendSymptom {
  const [id, notedAt, utcOffsetMinutes, sessionId, sensations, places, severity, onset] = values;
  const locations: { region: string; side: string }[] = [];
  for (let index = 0; index + 1 < places.length; index += 2) {
    locations.push({ region: places[index] as string, side: places[index + 1] as string });
  }
  return {
    id,
    notedAt,
    utcOffsetMinutes,
    sessionId,
    sensations,
    locations: locations as TrendSymptom['locations'],
    severity,
    onset: onset === null ? null : ({ kind: onset[0], afterMinutes: onset[1] } as TrendSymptom['onset']),
  };
}

const isArrayOfArrays = (value: unknown): value is unknown[][] =>
  Array.isArray(value) && value.every((row) => Array.isArray(row));

/** A month's rows from the parsed JSON of its text, or null when it is not a month of rows. */
function rowsOfValues(parsed: unknown): TrendRows | null {
  if (!Array.isArray(parsed) || parsed.length !== 2) return null;
  const [sessions, symptoms] = parsed as unknown[];
  if (!isArrayOfArrays(sessions) || !isArrayOfArrays(symptoms)) return null;
  if (!sessions.every((row) => row.length === 7 && Array.isArray(row[6]))) return null;
  if (!symptoms.every((row) => row.length === 8 && Array.isArray(row[4]) && Array.isArray(row[5]))) return null;
  return {
    sessions: (sessions as SessionValues[]).map(sessionOf),
    symptoms: (symptoms as SymptomValues[]).map(symptomOf),
  };
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The rows of a month text, or null when the text is not one (a damaged cache is rebuilt, not
 * trusted). Only the shape is checked: the texts are written by `monthText` alone.
 */
export function parseMonthText(text: string): TrendRows | null {
  return rowsOfValues(parsedJson(text));
}

/** The year of a `YYYY-MM` month key: year records are keyed by it. */
export function yearOfMonth(month: string): string {
  return month.slice(0, 4);
}

/**
 * The months of one year as one text, `[["2025-01", month], …]` with each month as `monthText`
 * writes it: one record instead of twelve, for years past (reading a record from IndexedDB costs
 * about as much as reading a megabyte of it).
 */
export function yearText(months: ReadonlyMap<string, TrendRows>): string {
  const entries = [...months].map(([month, rows]) => `[${JSON.stringify(month)},${monthText(rows)}]`);
  return `[${entries.join(',')}]`;
}

/**
 * The months of a year text, or null when the text is not one, or holds a month of another year
 * than `year` (a damaged cache is rebuilt, not trusted).
 */
export function parseYearText(text: string, year: string): Map<string, TrendRows> | null {
  const parsed = parsedJson(text);
  if (!Array.isArray(parsed)) return null;
  const months = new Map<string, TrendRows>();
  for (const entry of parsed as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [month, values] = entry as unknown[];
    if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || yearOfMonth(month) !== year) return null;
    const rows = rowsOfValues(values);
    if (rows === null) return null;
    months.set(month, rows);
  }
  return months;
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
