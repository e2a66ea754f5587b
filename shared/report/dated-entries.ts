import { localDateTimeOf, type LocalStamp } from '../domain/local-time';
import type { ExerciseSession, SymptomEntry } from '../domain/records';

/**
 * An entry with its local day and time, worked out once from its own UTC offset (`localDateTimeOf`),
 * so the summary and the log read every entry on the same day.
 */
export interface Dated<T> {
  readonly entry: T;
  /** `YYYY-MM-DD`. */
  readonly day: string;
  /** `HH:mm` on the person's clock when they logged it. */
  readonly time: string;
  /** The UTC instant in ms: the real order of a day's entries, even on a day with two UTC offsets. */
  readonly ms: number;
}

/** Entries whose time cannot be read are left out, as Trends leaves them out. */
function dated<T>(entries: readonly T[], stampOf: (entry: T) => LocalStamp): Dated<T>[] {
  const result: Dated<T>[] = [];
  for (const entry of entries) {
    const stamp = stampOf(entry);
    const ms = Date.parse(stamp.instant);
    if (Number.isNaN(ms)) continue;
    const local = localDateTimeOf(stamp);
    result.push({ entry, day: local.slice(0, 10), time: local.slice(11, 16), ms });
  }
  return result;
}

export function datedSessions(sessions: readonly ExerciseSession[]): Dated<ExerciseSession>[] {
  return dated(sessions, (session) => ({ instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes }));
}

export function datedSymptoms(symptoms: readonly SymptomEntry[]): Dated<SymptomEntry>[] {
  return dated(symptoms, (symptom) => ({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes }));
}

/** Code-unit order: the same on every machine and in every language, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
