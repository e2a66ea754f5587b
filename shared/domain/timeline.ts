import type { ExerciseSession, SymptomEntry } from './records';
import { localDayOf } from './local-time';

/**
 * The journal as a person reads it: local days, newest first; each workout with the symptoms linked
 * to it, and symptoms without a workout on the day they were felt.
 */
export interface TimelineSession {
  readonly session: ExerciseSession;
  readonly symptoms: readonly SymptomEntry[];
}

export interface TimelineDay {
  readonly day: string;
  readonly sessions: readonly TimelineSession[];
  readonly unlinkedSymptoms: readonly SymptomEntry[];
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Later start first; two workouts that started the same minute are ordered by when they were logged. */
export function compareSessionsNewestFirst(a: ExerciseSession, b: ExerciseSession): number {
  return newestFirst(a.startedAt, b.startedAt) || newestFirst(a.createdAt, b.createdAt);
}

function compareSymptomsNewestFirst(a: SymptomEntry, b: SymptomEntry): number {
  return newestFirst(a.notedAt, b.notedAt) || newestFirst(a.createdAt, b.createdAt);
}

export function buildTimeline(sessions: readonly ExerciseSession[], symptoms: readonly SymptomEntry[]): TimelineDay[] {
  const symptomsBySession = new Map<string, SymptomEntry[]>();
  const unlinkedByDay = new Map<string, SymptomEntry[]>();
  const sessionIds = new Set(sessions.map((session) => session.id));
  for (const symptom of symptoms) {
    if (symptom.sessionId !== null && sessionIds.has(symptom.sessionId)) {
      const list = symptomsBySession.get(symptom.sessionId) ?? [];
      list.push(symptom);
      symptomsBySession.set(symptom.sessionId, list);
    } else {
      const day = localDayOf({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes });
      const list = unlinkedByDay.get(day) ?? [];
      list.push(symptom);
      unlinkedByDay.set(day, list);
    }
  }

  const sessionsByDay = new Map<string, TimelineSession[]>();
  for (const session of sessions) {
    const day = localDayOf({ instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes });
    const linked = (symptomsBySession.get(session.id) ?? []).sort(compareSymptomsNewestFirst);
    const list = sessionsByDay.get(day) ?? [];
    list.push({ session, symptoms: linked });
    sessionsByDay.set(day, list);
  }

  const days = [...new Set([...sessionsByDay.keys(), ...unlinkedByDay.keys()])].sort(newestFirst);
  return days.map((day) => ({
    day,
    sessions: (sessionsByDay.get(day) ?? []).sort((a, b) => compareSessionsNewestFirst(a.session, b.session)),
    unlinkedSymptoms: (unlinkedByDay.get(day) ?? []).sort(compareSymptomsNewestFirst),
  }));
}

/**
 * The timeline as the rows of a virtualised list: a heading per day, then its entries newest first,
 * each workout followed by its symptoms and a symptom without a workout at the time it was felt, so
 * what was just logged is at the top.
 */
export type TimelineRow =
  | { readonly kind: 'day'; readonly key: string; readonly day: string }
  | { readonly kind: 'session'; readonly key: string; readonly session: ExerciseSession }
  | {
      readonly kind: 'symptom';
      readonly key: string;
      readonly symptom: SymptomEntry;
      /** Under a workout, or on its own in the day. */
      readonly linked: boolean;
    };

export function timelineRows(days: readonly TimelineDay[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const day of days) {
    rows.push({ kind: 'day', key: `day-${day.day}`, day: day.day });
    // Both lists are newest first: merge them by time, a workout first when the times are equal.
    let unlinked = 0;
    const pushUnlinkedAfter = (instant: string) => {
      let next = day.unlinkedSymptoms[unlinked];
      while (next !== undefined && next.notedAt > instant) {
        rows.push({ kind: 'symptom', key: next.id, symptom: next, linked: false });
        unlinked += 1;
        next = day.unlinkedSymptoms[unlinked];
      }
    };
    for (const { session, symptoms } of day.sessions) {
      pushUnlinkedAfter(session.startedAt);
      rows.push({ kind: 'session', key: session.id, session });
      for (const symptom of symptoms) rows.push({ kind: 'symptom', key: symptom.id, symptom, linked: true });
    }
    pushUnlinkedAfter('');
  }
  return rows;
}
