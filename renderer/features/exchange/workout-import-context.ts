import type { ExerciseSession } from '../../../shared/domain/records';
import type { ImportedWorkout } from '../../../shared/exchange/workout-import';
import type { WorkoutImportMapping } from '../../../shared/exchange/workout-import-plan';
import type { JournalDatabase } from '../../db/database';
import { readSetting, yourActivities } from '../../db/queries';

/** What planning an import reads from the journal. */
export interface WorkoutImportContext {
  /** The activities the person chose on earlier imports. */
  readonly saved: WorkoutImportMapping;
  /** The journal's workouts in the file's time span: enough for the duplicate check. */
  readonly existing: readonly Pick<ExerciseSession, 'startedAt' | 'durationMinutes'>[];
  /** The activities the person has logged, offered first. */
  readonly own: readonly string[];
}

const MINUTE = 60_000;

/**
 * Reads the journal for `planWorkoutImport`. Duplicates are found by start minute, so the workouts
 * from the minute of the file's first workout to the end of the minute of its last one are enough.
 */
export async function readWorkoutImportContext(
  db: JournalDatabase,
  workouts: readonly ImportedWorkout[],
): Promise<WorkoutImportContext> {
  // A loop rather than Math.min(...starts): a long archive would overflow the argument list.
  let first = Infinity;
  let last = -Infinity;
  for (const workout of workouts) {
    const start = Date.parse(workout.startedAt);
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  const existing =
    workouts.length === 0
      ? []
      : await db.sessions
          .where('startedAt')
          .between(
            new Date(Math.floor(first / MINUTE) * MINUTE).toISOString(),
            new Date((Math.floor(last / MINUTE) + 1) * MINUTE).toISOString(),
            true,
            false,
          )
          .toArray();
  const [saved, own] = await Promise.all([readSetting(db, 'workoutImportMapping'), yourActivities(db)]);
  return { saved: saved ?? {}, existing, own };
}
