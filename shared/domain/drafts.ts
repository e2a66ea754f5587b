import type { ExerciseSession } from './records';
import { compareSessionsNewestFirst } from './timeline';
import { localDateTimeOf, stampFromDate, stampFromLocalInput } from './local-time';

/**
 * What the forms hold while a person types: text, exactly as typed, so that a failed save keeps
 * every character. The repository validates what these turn into.
 */
export interface SessionDraft {
  activity: string;
  /** A datetime-local value in this computer's time zone. */
  startedAt: string;
  durationMinutes: string;
  notes: string;
}

export interface SymptomDraft {
  sensation: string;
  region: string;
  side: string;
  severity: string;
  /** A datetime-local value in this computer's time zone. */
  notedAt: string;
  /** The linked workout's id, '' for none, or null to follow the default (the newest recent workout). */
  sessionId: string | null;
  notes: string;
}

/** How long after a workout a symptom is linked to it by default. */
export const DEFAULT_LINK_WINDOW_MS = 24 * 60 * 60 * 1000;

export function emptySessionDraft(now: Date): SessionDraft {
  return { activity: '', startedAt: localDateTimeOf(stampFromDate(now)), durationMinutes: '', notes: '' };
}

export function emptySymptomDraft(now: Date): SymptomDraft {
  return {
    sensation: '',
    region: '',
    side: '',
    severity: '',
    notedAt: localDateTimeOf(stampFromDate(now)),
    sessionId: null,
    notes: '',
  };
}

/** Empty text is "not given", never zero. */
function numberFromText(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function sessionInputFromDraft(draft: SessionDraft): Record<string, unknown> {
  const stamp = stampFromLocalInput(draft.startedAt);
  return {
    activity: draft.activity,
    startedAt: stamp?.instant ?? '',
    utcOffsetMinutes: stamp?.utcOffsetMinutes ?? 0,
    durationMinutes: numberFromText(draft.durationMinutes),
    notes: draft.notes,
  };
}

export function symptomInputFromDraft(draft: SymptomDraft, defaultSessionId: string): Record<string, unknown> {
  const stamp = stampFromLocalInput(draft.notedAt);
  const sessionId = draft.sessionId ?? defaultSessionId;
  return {
    sessionId: sessionId === '' ? null : sessionId,
    notedAt: stamp?.instant ?? '',
    utcOffsetMinutes: stamp?.utcOffsetMinutes ?? 0,
    sensations: draft.sensation === '' ? [] : [draft.sensation],
    locations: draft.region === '' || draft.side === '' ? [] : [{ region: draft.region, side: draft.side }],
    severity: numberFromText(draft.severity),
    notes: draft.notes,
  };
}

/**
 * The workout a new symptom links to unless the person picks another: the latest to start within
 * the last day, and of two that started the same minute, the one logged last.
 */
export function defaultLinkedSessionId(
  sessions: readonly ExerciseSession[],
  now: Date,
  windowMs: number = DEFAULT_LINK_WINDOW_MS,
): string {
  let latest: ExerciseSession | undefined;
  for (const session of sessions) {
    const age = now.getTime() - Date.parse(session.startedAt);
    if (age < 0 || age > windowMs) continue;
    if (latest === undefined || compareSessionsNewestFirst(session, latest) < 0) latest = session;
  }
  return latest?.id ?? '';
}
