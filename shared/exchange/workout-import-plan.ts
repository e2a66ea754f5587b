import {
  NO_FACTORS_RECORDED,
  validateSessionInput,
  type ExerciseSession,
  type FieldErrors,
  type SessionInput,
  type SettingValue,
} from '../domain/records';
import type { ActivityId } from '../domain/vocabulary';
import type { ImportedWorkout, WorkoutFileFormat } from './workout-import';

/**
 * Turns imported workouts into journal sessions: which activity each becomes, which are already in
 * the journal, and which wait for the person to say what they were.
 */

/**
 * The activity a person chose per external type, keyed by `workoutMappingKey`; the value is an
 * activity label (one of ACTIVITIES, or their own). Stored as the `workoutImportMapping` setting.
 */
export type WorkoutImportMapping = Readonly<SettingValue<'workoutImportMapping'>>;

export function workoutMappingKey(format: WorkoutFileFormat, externalType: string): string {
  return `${format}:${externalType}`;
}

/**
 * Types are compared without case, spaces or punctuation: Strava's archive writes "Virtual Ride"
 * where its API says "VirtualRide", and Garmin's display name "Strength Training" is the type key
 * `strength_training`.
 */
function normalisedType(externalType: string): string {
  return externalType.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function table(entries: Record<ActivityId, readonly string[]>): ReadonlyMap<string, ActivityId> {
  return new Map(
    Object.entries(entries).flatMap(([activity, types]) => types.map((type) => [type, activity as ActivityId])),
  );
}

/**
 * Only types that clearly are one of the journal's activities; catch-alls such as Strava's
 * "Workout" or Garmin's "Cardio" and "HIIT" are left for the person to name. Aerobics and
 * squats/holds have no matching type in either service.
 */
const DEFAULT_ACTIVITIES: Readonly<Record<WorkoutFileFormat, ReadonlyMap<string, ActivityId>>> = {
  strava: table({
    running: ['run', 'virtualrun'],
    walking: ['walk'],
    'trail-running': ['trailrun'],
    'power-hiking': ['hike'],
    aerobics: [],
    yoga: ['yoga'],
    'squats-holds': [],
    'weight-lifting': ['weighttraining'],
    'stair-stepper': ['stairstepper'],
    cycling: ['ride', 'virtualride', 'mountainbikeride', 'gravelride', 'ebikeride', 'emountainbikeride'],
    swimming: ['swim'],
  }),
  garmin: table({
    running: ['running', 'treadmillrunning', 'indoorrunning', 'trackrunning', 'virtualrun', 'ultrarun'],
    walking: ['walking', 'casualwalking', 'speedwalking', 'indoorwalking'],
    'trail-running': ['trailrunning'],
    'power-hiking': ['hiking'],
    aerobics: [],
    yoga: ['yoga'],
    'squats-holds': [],
    'weight-lifting': ['strengthtraining'],
    'stair-stepper': ['stairstepper', 'stairclimbing', 'floorclimbing', 'floorsclimbed'],
    cycling: [
      'cycling',
      'indoorcycling',
      'roadcycling',
      'roadbiking',
      'mountainbiking',
      'gravelcycling',
      'gravelunpavedcycling',
      'virtualcycling',
      'virtualride',
      'cyclocross',
    ],
    swimming: ['poolswim', 'lapswimming', 'openwaterswimming', 'swimming'],
  }),
};

/** The journal activity a service's type stands for, or null when the person has to choose. */
export function defaultActivityFor(format: WorkoutFileFormat, externalType: string): ActivityId | null {
  return DEFAULT_ACTIVITIES[format].get(normalisedType(externalType)) ?? null;
}

/** The person's remembered choice first, then the default; null when there is neither. */
export function activityForWorkout(
  workout: Pick<ImportedWorkout, 'format' | 'externalType'>,
  mapping: WorkoutImportMapping,
): string | null {
  return (
    mapping[workoutMappingKey(workout.format, workout.externalType)] ??
    defaultActivityFor(workout.format, workout.externalType)
  );
}

/**
 * Why a workout is not among the sessions to add:
 * - `already-in-journal`: a session starting in the same minute with the same duration exists.
 * - `repeated-in-file`: an earlier row of the file is the same workout (same minute and duration).
 * - `needs-activity`: its type has no activity yet; the person picks one (see `unmappedTypes`).
 * - `in-future`: it starts after `now`.
 * - `invalid-session`: the session would break another journal rule; `fieldErrors` holds the same
 *   `validation.*` keys the workout form shows (for example `notes: validation.notesTooLong`).
 */
export type SkippedWorkout =
  | {
      readonly workout: ImportedWorkout;
      readonly code: 'already-in-journal' | 'repeated-in-file' | 'needs-activity' | 'in-future';
    }
  | { readonly workout: ImportedWorkout; readonly code: 'invalid-session'; readonly fieldErrors: FieldErrors };

export interface PlannedSession {
  readonly workout: ImportedWorkout;
  /** Valid at `now`; ready for `JournalRepository.addSession`. */
  readonly session: SessionInput;
}

/** An external type no activity is known for, once, with how many workouts wait for it. */
export interface UnmappedType {
  readonly format: WorkoutFileFormat;
  readonly externalType: string;
  /** `workoutMappingKey(format, externalType)`: where the person's choice goes in the mapping. */
  readonly key: string;
  readonly workouts: number;
}

export interface WorkoutImportPlan {
  /** In file order. */
  readonly add: readonly PlannedSession[];
  readonly skipped: readonly SkippedWorkout[];
  /** In order of first appearance. */
  readonly unmappedTypes: readonly UnmappedType[];
}

const MINUTE = 60_000;

/**
 * Same start minute and same duration: the same workout, whichever activity it was filed under,
 * so re-importing a file after changing the mapping still adds nothing twice.
 */
function sameWorkoutKey(session: Pick<SessionInput, 'startedAt' | 'durationMinutes'>): string {
  return `${Math.floor(Date.parse(session.startedAt) / MINUTE)}/${session.durationMinutes}`;
}

const SERVICE_NAMES: Readonly<Record<WorkoutFileFormat, string>> = { strava: 'Strava', garmin: 'Garmin Connect' };

/**
 * The session's notes say where it came from without any translated words: the service's name (a
 * proper name in every language), the workout's title and its description.
 */
function notesFor(workout: ImportedWorkout): string {
  const service = SERVICE_NAMES[workout.format];
  const heading = workout.title === '' ? service : `${service}: ${workout.title}`;
  return workout.description === '' ? heading : `${heading}\n\n${workout.description}`;
}

/**
 * Decides what importing `workouts` adds to a journal that holds `existingSessions` (all of them, or
 * at least those in the file's time span). Sessions get no factors and the `person` source, since
 * they are the person's own workouts (the schema has no "imported" source). Duplicates are found
 * before the mapping is consulted, so they never depend on it.
 */
export function planWorkoutImport(
  workouts: readonly ImportedWorkout[],
  mapping: WorkoutImportMapping,
  existingSessions: readonly Pick<ExerciseSession, 'startedAt' | 'durationMinutes'>[],
  now: Date,
): WorkoutImportPlan {
  const inJournal = new Set(existingSessions.map(sameWorkoutKey));
  const inFile = new Set<string>();
  const add: PlannedSession[] = [];
  const skipped: SkippedWorkout[] = [];
  const unmapped = new Map<string, UnmappedType>();

  for (const workout of workouts) {
    const key = sameWorkoutKey(workout);
    if (inJournal.has(key)) {
      skipped.push({ workout, code: 'already-in-journal' });
      continue;
    }
    if (inFile.has(key)) {
      skipped.push({ workout, code: 'repeated-in-file' });
      continue;
    }
    inFile.add(key);

    const activity = activityForWorkout(workout, mapping);
    if (activity === null) {
      const mappingKey = workoutMappingKey(workout.format, workout.externalType);
      const seen = unmapped.get(mappingKey);
      unmapped.set(mappingKey, {
        format: workout.format,
        externalType: workout.externalType,
        key: mappingKey,
        workouts: (seen?.workouts ?? 0) + 1,
      });
      skipped.push({ workout, code: 'needs-activity' });
      continue;
    }

    const checked = validateSessionInput(
      {
        activity,
        startedAt: workout.startedAt,
        utcOffsetMinutes: workout.utcOffsetMinutes,
        durationMinutes: workout.durationMinutes,
        intensity: workout.intensity,
        factors: NO_FACTORS_RECORDED,
        notes: notesFor(workout),
      } satisfies SessionInput,
      now,
    );
    if (checked.ok) {
      add.push({ workout, session: checked.value });
    } else if (checked.fieldErrors.startedAt === 'validation.inFuture') {
      skipped.push({ workout, code: 'in-future' });
    } else {
      skipped.push({ workout, code: 'invalid-session', fieldErrors: checked.fieldErrors });
    }
  }
  return { add, skipped, unmappedTypes: [...unmapped.values()] };
}

/** One type of workout the person can say the activity of. */
export interface TypeRow {
  readonly key: string;
  readonly format: WorkoutFileFormat;
  readonly externalType: string;
  /** Workouts of this type the import would add once it has an activity. */
  readonly workouts: number;
}

/**
 * The types of the workouts that would be added or wait for an activity: duplicates and future
 * workouts come in whatever their activity, so they ask nothing. Types that had no activity before
 * this preview come first, where the person sees them, then the rest in order of first appearance;
 * the order does not move while the person chooses.
 */
export function typesToMap(plan: WorkoutImportPlan, saved: WorkoutImportMapping): TypeRow[] {
  const workouts = [
    ...plan.add.map((planned) => planned.workout),
    ...plan.skipped.filter((skipped) => skipped.code === 'needs-activity').map((skipped) => skipped.workout),
  ].sort((a, b) => a.line - b.line);
  const rows = new Map<string, TypeRow>();
  for (const { format, externalType } of workouts) {
    const key = workoutMappingKey(format, externalType);
    const seen = rows.get(key);
    rows.set(key, { key, format, externalType, workouts: (seen?.workouts ?? 0) + 1 });
  }
  const hadActivity = (row: TypeRow) => (activityForWorkout(row, saved) === null ? 0 : 1);
  return [...rows.values()].sort((a, b) => hadActivity(a) - hadActivity(b));
}
