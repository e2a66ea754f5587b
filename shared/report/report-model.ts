import type { LocalStamp } from '../domain/local-time';
import type { ExerciseSession, SymptomEntry } from '../domain/records';
import { aggregateTrends, type TrendData, type TrendSpan } from '../trends/aggregate';
import { datedSessions, datedSymptoms, type Dated } from './dated-entries';
import { buildReportLog, type ReportLogDay } from './report-log';
import { isLocalDay, previousPeriod } from './report-range';
import { buildReportSummary, type ReportSummary } from './report-summary';

/**
 * The doctor-visit report as data: a first page, the charts with their numbers, and the
 * chronological log. Pure (no clock, no DOM, no i18n), so it can run in a Web Worker; the Report
 * screen words and lays it out, section by section, in one pass over these lists.
 *
 * INPUT. `sessions` and `symptoms` are the rows of the previous period and the range: read them
 * with `entriesBetween(db, reportLoadRange(range).fromDay, range.toDay)`, which also brings the
 * workouts that symptoms early in the range are linked to. Every entry is placed on its own local
 * day (its instant shifted by its own UTC offset), so rows outside both periods may be passed and
 * are ignored, as are rows whose time cannot be read. Passing only the range's rows makes every
 * trend 'none-before'.
 *
 * COST. Linear in the rows given (the charts are `aggregateTrends`, which is linear too); the only
 * sorting is of each day's few log entries and of the distinct labels, places and signs. The whole
 * benchmark journal (20,000 workouts, 60,000 symptoms, ten years in one report) takes well under a
 * second.
 */

export interface ReportInput {
  readonly sessions: readonly ExerciseSession[];
  readonly symptoms: readonly SymptomEntry[];
  /** Local days, `YYYY-MM-DD`, both included; given the wrong way round they are swapped. */
  readonly fromDay: string;
  readonly toDay: string;
  /** When the report is made (`stampFromDate(new Date())`), printed on it. */
  readonly generatedAt: LocalStamp;
}

export interface ReportModel {
  /**
   * The days reported, as the charts read them: `fromDay`..`toDay`, except that a range of more
   * than 1,000 months (only a mistyped year makes one) keeps its last 1,000 (`clamped`).
   */
  readonly range: TrendSpan;
  readonly generatedAt: LocalStamp;
  /** The first page. */
  readonly summary: ReportSummary;
  /** What the Trends charts draw for the range, for the charts pages (the same components). */
  readonly charts: TrendData;
  /** Every workout and symptom of the range, oldest first, by local day. */
  readonly log: readonly ReportLogDay[];
}

/** Throws a RangeError when `fromDay` or `toDay` is not a real `YYYY-MM-DD` day. */
export function buildReportModel(input: ReportInput): ReportModel {
  const charts = aggregateTrends(input.sessions, input.symptoms, {
    fromDay: input.fromDay,
    toDay: input.toDay,
    sensation: '',
    region: '',
    activity: '',
  });
  // aggregateTrends reads a malformed bound as open-ended; a report needs two real days. With two
  // real days it always gives a range, so the second test only tells the compiler so.
  const range = charts.range;
  if (!isLocalDay(input.fromDay) || !isLocalDay(input.toDay) || range === null) {
    throw new RangeError(`A report needs two local days (YYYY-MM-DD), not "${input.fromDay}" and "${input.toDay}"`);
  }

  const sessions = datedSessions(input.sessions);
  const symptoms = datedSymptoms(input.symptoms);
  const sessionsById = new Map(sessions.map((session) => [session.entry.id, session]));
  const inRange = <T>({ day }: Dated<T>) => day >= range.fromDay && day <= range.toDay;

  return {
    range,
    generatedAt: input.generatedAt,
    summary: buildReportSummary({
      range,
      previous: previousPeriod(range),
      sessions,
      symptoms,
      charts,
      now: new Date(input.generatedAt.instant),
    }),
    charts,
    log: buildReportLog(range, sessions.filter(inRange), symptoms.filter(inRange), sessionsById),
  };
}
