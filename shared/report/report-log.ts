import type { ExerciseSession, SymptomEntry } from '../domain/records';
import { compareText, type Dated } from './dated-entries';
import type { ReportRange } from './report-range';

/**
 * The chronological log: every workout and symptom of the range, as the doctor reads it after the
 * first page. Unlike the journal's timeline (newest first, symptoms nested under their workout even
 * when felt days later) it is strictly in time order, oldest first, and each symptom names the
 * workout it is linked to.
 */

/** A local day with entries; days without any are not listed. */
export interface ReportLogDay {
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** In the order they happened (UTC instant); at the same instant a workout before a symptom. */
  readonly entries: readonly ReportLogEntry[];
}

export type ReportLogEntry = ReportLogSession | ReportLogSymptom;

export interface ReportLogSession {
  readonly kind: 'session';
  /** `HH:mm` in the entry's own UTC offset (the time on the person's clock then). */
  readonly time: string;
  readonly session: ExerciseSession;
}

export interface ReportLogSymptom {
  readonly kind: 'symptom';
  readonly time: string;
  readonly symptom: SymptomEntry;
  /** null when not linked, or linked to a workout not among the rows given (deleted). */
  readonly linkedSession: LinkedSession | null;
}

/** What the log says about a symptom's workout: enough to name it ("Yoga, 12 May 07:30"). */
export interface LinkedSession {
  readonly id: string;
  readonly activity: string;
  readonly day: string;
  readonly time: string;
  /** False for a workout before the range (a symptom early in the range): it is not in the log itself. */
  readonly inRange: boolean;
}

interface Placed {
  readonly entry: ReportLogEntry;
  readonly ms: number;
  readonly createdAt: string;
  readonly id: string;
}

/**
 * `sessions` and `symptoms` are those in the range; `sessionsById` holds every workout given, so a
 * symptom early in the range still names a workout from the day before. Cost: linear, plus sorting
 * each day's few entries.
 */
export function buildReportLog(
  range: ReportRange,
  sessions: readonly Dated<ExerciseSession>[],
  symptoms: readonly Dated<SymptomEntry>[],
  sessionsById: ReadonlyMap<string, Dated<ExerciseSession>>,
): ReportLogDay[] {
  const byDay = new Map<string, Placed[]>();
  const place = (day: string, placed: Placed) => {
    const list = byDay.get(day);
    if (list === undefined) byDay.set(day, [placed]);
    else list.push(placed);
  };

  for (const { entry, day, time, ms } of sessions) {
    place(day, { entry: { kind: 'session', time, session: entry }, ms, createdAt: entry.createdAt, id: entry.id });
  }
  for (const { entry, day, time, ms } of symptoms) {
    const linked = entry.sessionId === null ? undefined : sessionsById.get(entry.sessionId);
    const linkedSession: LinkedSession | null =
      linked === undefined
        ? null
        : {
            id: linked.entry.id,
            activity: linked.entry.activity,
            day: linked.day,
            time: linked.time,
            inRange: linked.day >= range.fromDay && linked.day <= range.toDay,
          };
    place(day, {
      entry: { kind: 'symptom', time, symptom: entry, linkedSession },
      ms,
      createdAt: entry.createdAt,
      id: entry.id,
    });
  }

  return [...byDay]
    .sort(([a], [b]) => compareText(a, b))
    .map(([day, placed]) => ({ day, entries: placed.sort(compareInTime).map((each) => each.entry) }));
}

/** Time; then a workout before its symptom; then the one logged first; then the id, so ties never depend on input order. */
function compareInTime(a: Placed, b: Placed): number {
  return (
    a.ms - b.ms ||
    kindRank(a.entry) - kindRank(b.entry) ||
    compareText(a.createdAt, b.createdAt) ||
    compareText(a.id, b.id)
  );
}

function kindRank(entry: ReportLogEntry): number {
  return entry.kind === 'session' ? 0 : 1;
}
