import type { LocalStamp } from '../../../../shared/domain/local-time';
import type { ExerciseSession, SymptomEntry } from '../../../../shared/domain/records';
import { buildReportModel, type ReportModel } from '../../../../shared/report/report-model';
import { session, symptom } from '../fixtures';

/** Entries at a local wall-clock time, for the report tests (as in the Trends tests). */

const MINUTE = 60_000;
/** Berlin: +01:00 until 2026-03-29 02:00, then +02:00. */
export const BERLIN_WINTER = 60;
export const BERLIN_SUMMER = 120;
export const JAKARTA = 7 * 60;

/** The stamp of a local wall-clock time (`YYYY-MM-DDTHH:mm`) at a UTC offset. */
export function at(local: string, utcOffsetMinutes: number): LocalStamp {
  return {
    instant: new Date(Date.parse(`${local}:00.000Z`) - utcOffsetMinutes * MINUTE).toISOString(),
    utcOffsetMinutes,
  };
}

export function sessionAt(local: string, offset: number, overrides: Partial<ExerciseSession> = {}): ExerciseSession {
  const { instant, utcOffsetMinutes } = at(local, offset);
  return session({ startedAt: instant, utcOffsetMinutes, ...overrides });
}

export function symptomAt(local: string, offset: number, overrides: Partial<SymptomEntry> = {}): SymptomEntry {
  const { instant, utcOffsetMinutes } = at(local, offset);
  return symptom({ notedAt: instant, utcOffsetMinutes, ...overrides });
}

export const GENERATED_AT = at('2026-04-06T09:00', BERLIN_SUMMER);

export function report(
  sessions: readonly ExerciseSession[],
  symptoms: readonly SymptomEntry[],
  fromDay: string,
  toDay: string,
): ReportModel {
  return buildReportModel({ sessions, symptoms, fromDay, toDay, generatedAt: GENERATED_AT });
}
