import {
  AMOUNT_FACTORS,
  YES_NO_FACTORS,
  type AmountFactor,
  type OnsetKind,
  type Relief,
  type WarningSign,
  type YesNoFactor,
} from './vocabulary';
import type { BodyLocation, ExerciseSession, Onset, SymptomEntry } from './records';
import { localDateTimeOf, stampFromDate, stampFromLocalInput, stampFromWallClock, type LocalStamp } from './local-time';
import { compareSessionsNewestFirst } from './timeline';

/**
 * What the forms hold while a person types: text, exactly as typed, so that a failed save keeps
 * every character. The repository validates what these turn into.
 */

/** The activity choice that reveals a text field for the person's own activity. */
export const OTHER_ACTIVITY = '__other__';

export type YesNoText = '' | 'yes' | 'no';

export interface SessionDraft {
  /** An activity id, one of the person's own activity names, or OTHER_ACTIVITY. */
  activity: string;
  customActivity: string;
  /** A datetime-local value, read in `utcOffsetMinutes` or, for a new entry, this computer's zone. */
  startedAt: string;
  utcOffsetMinutes: number | null;
  durationMinutes: string;
  intensity: string;
  yesNo: Record<YesNoFactor, YesNoText>;
  amounts: Record<AmountFactor, string>;
  notes: string;
}

/** Onset as the form offers it: "N minutes after" and "N hours after" are both stored in minutes. */
export type OnsetChoice = '' | Exclude<OnsetKind, 'after'> | 'minutes-after' | 'hours-after';

export interface SymptomDraft {
  sensations: string[];
  locations: BodyLocation[];
  severity: string;
  notedAt: string;
  utcOffsetMinutes: number | null;
  /** The linked workout's id, '' for none, or null to follow the default (the newest recent workout). */
  sessionId: string | null;
  onset: OnsetChoice;
  onsetAmount: string;
  durationMinutes: string;
  ongoing: boolean;
  worseWithActivity: YesNoText;
  warningSigns: WarningSign[];
  helped: Relief[];
  notes: string;
}

/** How long after a workout a symptom is linked to it by default. */
export const DEFAULT_LINK_WINDOW_MS = 24 * 60 * 60 * 1000;

const noYesNo = Object.fromEntries(YES_NO_FACTORS.map((factor) => [factor, ''])) as Record<YesNoFactor, YesNoText>;
const noAmounts = Object.fromEntries(Object.keys(AMOUNT_FACTORS).map((factor) => [factor, ''])) as Record<
  AmountFactor,
  string
>;

export function emptySessionDraft(now: Date): SessionDraft {
  return {
    activity: '',
    customActivity: '',
    startedAt: localDateTimeOf(stampFromDate(now)),
    utcOffsetMinutes: null,
    durationMinutes: '',
    intensity: '',
    yesNo: { ...noYesNo },
    amounts: { ...noAmounts },
    notes: '',
  };
}

export function emptySymptomDraft(now: Date): SymptomDraft {
  return {
    sensations: [],
    locations: [],
    severity: '',
    notedAt: localDateTimeOf(stampFromDate(now)),
    utcOffsetMinutes: null,
    sessionId: null,
    onset: '',
    onsetAmount: '',
    durationMinutes: '',
    ongoing: false,
    worseWithActivity: '',
    warningSigns: [],
    helped: [],
    notes: '',
  };
}

/** Empty text is "not given", never zero. */
function numberFromText(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** Empty text is "not recorded" (null); anything else must pass the schema as a number. */
function optionalNumberFromText(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

function yesNoFromText(text: YesNoText): boolean | null {
  return text === '' ? null : text === 'yes';
}

function textFromYesNo(value: boolean | null): YesNoText {
  return value === null ? '' : value ? 'yes' : 'no';
}

function textFromNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

/**
 * The offset an edited entry keeps. An entry logged in this computer's own zone follows that zone,
 * so moving a July workout to December takes December's offset; one logged elsewhere (a trip)
 * keeps the offset it was logged with.
 */
function offsetToKeep(stamp: LocalStamp): number | null {
  return stamp.utcOffsetMinutes === stampFromDate(new Date(stamp.instant)).utcOffsetMinutes
    ? null
    : stamp.utcOffsetMinutes;
}

function stampFromDraft(value: string, utcOffsetMinutes: number | null): LocalStamp | null {
  return utcOffsetMinutes === null ? stampFromLocalInput(value) : stampFromWallClock(value, utcOffsetMinutes);
}

export function sessionInputFromDraft(draft: SessionDraft): Record<string, unknown> {
  const stamp = stampFromDraft(draft.startedAt, draft.utcOffsetMinutes);
  const factors: Record<string, unknown> = {};
  for (const factor of YES_NO_FACTORS) factors[factor] = yesNoFromText(draft.yesNo[factor]);
  for (const factor of Object.keys(AMOUNT_FACTORS) as AmountFactor[]) {
    factors[factor] = optionalNumberFromText(draft.amounts[factor]);
  }
  return {
    activity: draft.activity === OTHER_ACTIVITY ? draft.customActivity : draft.activity,
    startedAt: stamp?.instant ?? '',
    utcOffsetMinutes: stamp?.utcOffsetMinutes ?? 0,
    durationMinutes: numberFromText(draft.durationMinutes),
    intensity: optionalNumberFromText(draft.intensity),
    factors,
    notes: draft.notes,
  };
}

/** A stored workout as the form shows it for editing. */
export function sessionDraftFromRecord(session: ExerciseSession): SessionDraft {
  return {
    ...copyFromSession(session, emptySessionDraft(new Date(session.startedAt))),
    activity: session.activity,
    startedAt: localDateTimeOf({ instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes }),
    utcOffsetMinutes: offsetToKeep({ instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes }),
    notes: session.notes,
  };
}

/**
 * "Same as last time": the duration, intensity and factors of an earlier workout, over a draft
 * whose activity, start and notes stay as they are.
 */
export function copyFromSession(previous: ExerciseSession, draft: SessionDraft): SessionDraft {
  const yesNo = { ...draft.yesNo };
  for (const factor of YES_NO_FACTORS) yesNo[factor] = textFromYesNo(previous.factors[factor]);
  const amounts = { ...draft.amounts };
  for (const factor of Object.keys(AMOUNT_FACTORS) as AmountFactor[]) {
    amounts[factor] = textFromNumber(previous.factors[factor]);
  }
  return {
    ...draft,
    durationMinutes: String(previous.durationMinutes),
    intensity: textFromNumber(previous.intensity),
    yesNo,
    amounts,
  };
}

function onsetFromDraft(draft: SymptomDraft): Onset | null | Record<string, unknown> {
  switch (draft.onset) {
    case '':
      return null;
    case 'minutes-after':
      return { kind: 'after', afterMinutes: numberFromText(draft.onsetAmount) };
    case 'hours-after':
      return { kind: 'after', afterMinutes: numberFromText(draft.onsetAmount) * 60 };
    default:
      return { kind: draft.onset, afterMinutes: null };
  }
}

export function symptomInputFromDraft(draft: SymptomDraft, defaultSessionId: string): Record<string, unknown> {
  const stamp = stampFromDraft(draft.notedAt, draft.utcOffsetMinutes);
  const sessionId = draft.sessionId ?? defaultSessionId;
  return {
    sessionId: sessionId === '' ? null : sessionId,
    notedAt: stamp?.instant ?? '',
    utcOffsetMinutes: stamp?.utcOffsetMinutes ?? 0,
    sensations: draft.sensations,
    locations: draft.locations,
    severity: numberFromText(draft.severity),
    onset: onsetFromDraft(draft),
    durationMinutes: draft.ongoing ? null : optionalNumberFromText(draft.durationMinutes),
    ongoing: draft.ongoing,
    worseWithActivity: yesNoFromText(draft.worseWithActivity),
    warningSigns: draft.warningSigns,
    helped: draft.helped,
    notes: draft.notes,
  };
}

/** Whole hours read as hours ("2 hours after"), anything else as minutes ("90 minutes after"). */
export function onsetDelay(afterMinutes: number): { unit: 'hours' | 'minutes'; amount: number } {
  return afterMinutes >= 60 && afterMinutes % 60 === 0
    ? { unit: 'hours', amount: afterMinutes / 60 }
    : { unit: 'minutes', amount: afterMinutes };
}

function onsetChoiceOf(onset: Onset | null): { onset: OnsetChoice; onsetAmount: string } {
  if (onset === null) return { onset: '', onsetAmount: '' };
  if (onset.kind !== 'after') return { onset: onset.kind, onsetAmount: '' };
  const delay = onsetDelay(onset.afterMinutes ?? 0);
  return { onset: delay.unit === 'hours' ? 'hours-after' : 'minutes-after', onsetAmount: String(delay.amount) };
}

/** A stored symptom as the form shows it for editing. */
export function symptomDraftFromRecord(symptom: SymptomEntry): SymptomDraft {
  return {
    sensations: [...symptom.sensations],
    locations: [...symptom.locations],
    severity: String(symptom.severity),
    notedAt: localDateTimeOf({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes }),
    utcOffsetMinutes: offsetToKeep({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes }),
    sessionId: symptom.sessionId ?? '',
    ...onsetChoiceOf(symptom.onset),
    durationMinutes: textFromNumber(symptom.durationMinutes),
    ongoing: symptom.ongoing,
    worseWithActivity: textFromYesNo(symptom.worseWithActivity),
    warningSigns: [...symptom.warningSigns],
    helped: [...symptom.helped],
    notes: symptom.notes,
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
