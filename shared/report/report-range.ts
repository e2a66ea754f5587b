import { addDays, addMonths } from '../trends/range';

/**
 * The days a doctor-visit report covers, and the period it is compared with. Days are local
 * calendar days, `YYYY-MM-DD`, both ends included (as everywhere in the journal).
 */
export interface ReportRange {
  readonly fromDay: string;
  readonly toDay: string;
}

/** Without a usable last report, the report covers this many months up to today. */
export const DEFAULT_REPORT_MONTHS = 3;

/**
 * "Since the last report" is offered only for a last report at most this many months ago: a yearly
 * check-up that comes a few weeks late still reports the year since, while a report from years ago
 * would make a first page nobody can read in a minute.
 */
export const SINCE_LAST_REPORT_MAX_MONTHS = 13;

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isLocalDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && addDays(text, 0) === text;
}

/**
 * Two real days, the first not after the second. A report the other way round would compare with
 * a "previous period" after it, and print nothing.
 */
export function isReportRange(range: ReportRange): boolean {
  return isLocalDay(range.fromDay) && isLocalDay(range.toDay) && range.fromDay <= range.toDay;
}

/**
 * The range a new report starts with. `today` is the person's local day (a real day).
 *
 * - From the DAY OF the last report to today: entries logged on that day after the report was made
 *   would otherwise be in no report; one day shown twice is better than entries silently left out.
 * - The last 3 months (the same days as Trends' "3 months", so the charts agree with that screen)
 *   when there is no last report, when it is not a real day, when it is today or later (a report
 *   being made again, or a clock that was wrong: "since" would hold a day or nothing), or when it is
 *   more than SINCE_LAST_REPORT_MAX_MONTHS months ago.
 */
export function defaultReportRange(today: string, lastReportDay: string | null): ReportRange {
  const usable =
    lastReportDay !== null &&
    isLocalDay(lastReportDay) &&
    lastReportDay < today &&
    lastReportDay >= addMonths(today, -SINCE_LAST_REPORT_MAX_MONTHS);
  if (usable) return { fromDay: lastReportDay, toDay: today };
  return { fromDay: addDays(addMonths(today, -DEFAULT_REPORT_MONTHS), 1), toDay: today };
}

/** The days just before a range, as many as it has: what its trends are measured against. */
export function previousPeriod(range: ReportRange): ReportRange {
  const days = daysBetween(range.fromDay, range.toDay) + 1;
  return { fromDay: addDays(range.fromDay, -days), toDay: addDays(range.fromDay, -1) };
}

/**
 * The local days whose entries `buildReportModel` needs: the previous period and the range. Read
 * them with `entriesBetween(db, load.fromDay, load.toDay)`, which also brings the workouts that
 * symptoms early in the range are linked to.
 */
export function reportLoadRange(range: ReportRange): ReportRange {
  return { fromDay: previousPeriod(range).fromDay, toDay: range.toDay };
}

function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(toDay) - Date.parse(fromDay)) / 86_400_000);
}
