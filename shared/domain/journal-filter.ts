import type { ExerciseSession, SymptomEntry } from './records';
import { localDayOf } from './local-time';

/** What the timeline is narrowed to. Empty values mean "any". */
export interface JournalFilter {
  /** Local days, inclusive, as `YYYY-MM-DD`. */
  readonly fromDay: string;
  readonly toDay: string;
  readonly activity: string;
  readonly sensation: string;
  readonly region: string;
  /** Lowest severity shown, 0 when any. */
  readonly minSeverity: number;
  /** Words to find in notes, as the person typed them. */
  readonly text: string;
}

export const NO_FILTER: JournalFilter = {
  fromDay: '',
  toDay: '',
  activity: '',
  sensation: '',
  region: '',
  minSeverity: 0,
  text: '',
};

export function isFiltering(filter: JournalFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof JournalFilter)[]).some((key) => filter[key] !== NO_FILTER[key]);
}

/** Case- and accent-insensitive text for matching ("Pégase" finds "pegase"). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

function inDayRange(day: string, filter: JournalFilter): boolean {
  return (filter.fromDay === '' || day >= filter.fromDay) && (filter.toDay === '' || day <= filter.toDay);
}

/**
 * The entries a filter keeps. Symptom criteria (sensation, region, severity) keep the symptoms that
 * match and the workouts they are linked to; an activity keeps its workouts and only their
 * symptoms; words keep entries whose notes contain every word, and a workout whose notes match
 * brings its symptoms along.
 */
export function filterJournal(
  sessions: readonly ExerciseSession[],
  symptoms: readonly SymptomEntry[],
  filter: JournalFilter,
): { sessions: ExerciseSession[]; symptoms: SymptomEntry[] } {
  const words = foldForSearch(filter.text)
    .split(/\s+/)
    .filter((word) => word !== '');
  const notesMatch = (notes: string) => {
    if (words.length === 0) return true;
    const folded = foldForSearch(notes);
    return words.every((word) => folded.includes(word));
  };
  const symptomCriteria = filter.sensation !== '' || filter.region !== '' || filter.minSeverity > 0;

  const sessionsInRange = sessions.filter(
    (session) =>
      inDayRange(localDayOf({ instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes }), filter) &&
      (filter.activity === '' || session.activity === filter.activity),
  );
  const sessionById = new Map(sessionsInRange.map((session) => [session.id, session]));
  const sessionNotesMatch = new Set(sessionsInRange.filter((s) => notesMatch(s.notes)).map((s) => s.id));

  const keptSymptoms = symptoms.filter((symptom) => {
    const linked = symptom.sessionId === null ? undefined : sessionById.get(symptom.sessionId);
    if (filter.activity !== '' && linked === undefined) return false;
    const day = localDayOf({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes });
    if (linked === undefined && !inDayRange(day, filter)) return false;
    if (filter.sensation !== '' && !symptom.sensations.includes(filter.sensation)) return false;
    if (filter.region !== '' && !symptom.locations.some((location) => location.region === filter.region)) return false;
    if (symptom.severity < filter.minSeverity) return false;
    return notesMatch(symptom.notes) || (linked !== undefined && sessionNotesMatch.has(linked.id));
  });

  const sessionsWithKeptSymptoms = new Set(keptSymptoms.map((symptom) => symptom.sessionId));
  const keptSessions = sessionsInRange.filter((session) =>
    symptomCriteria || words.length > 0
      ? sessionsWithKeptSymptoms.has(session.id) || (!symptomCriteria && sessionNotesMatch.has(session.id))
      : true,
  );
  return { sessions: keptSessions, symptoms: keptSymptoms };
}
