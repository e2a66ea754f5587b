import { decodeTextFile, looksBinary } from '../../../shared/exchange/text-file';
import { parseWorkoutFile, type WorkoutFileResult } from '../../../shared/exchange/workout-import';

/** A heavy Strava user's ten-year archive lists about 5,000 activities in some 5 MB. */
const WORKOUT_FILE_MAX_BYTES = 50 * 1024 * 1024;

/** A file the import can show, read and recognised. */
export type ReadWorkoutFile = Extract<WorkoutFileResult, { ok: true }> & { readonly fileName: string };

export type WorkoutFileProblem =
  | { readonly code: 'empty' | 'not-text' | 'too-large' | 'not-recognised' }
  | { readonly code: 'missing-column'; readonly column: string }
  | { readonly code: 'failed'; readonly reason: string };

/** Reads a chosen file as a Strava or Garmin Connect list of workouts, in the person's time zone. */
export async function readWorkoutFile(
  file: File,
  timeZone: string,
): Promise<
  { readonly ok: true; readonly file: ReadWorkoutFile } | { readonly ok: false; readonly problem: WorkoutFileProblem }
> {
  if (file.size > WORKOUT_FILE_MAX_BYTES) return { ok: false, problem: { code: 'too-large' } };
  try {
    const text = decodeTextFile(await file.arrayBuffer());
    if (looksBinary(text)) return { ok: false, problem: { code: 'not-text' } };
    if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
    const result = parseWorkoutFile(text, { timeZone });
    if (result.ok) return { ok: true, file: { ...result, fileName: file.name } };
    return {
      ok: false,
      problem:
        result.problem === 'missing-column'
          ? { code: 'missing-column', column: result.column }
          : { code: result.problem },
    };
  } catch (error) {
    return { ok: false, problem: { code: 'failed', reason: error instanceof Error ? error.message : String(error) } };
  }
}

/** The zone this computer is set to, as an IANA name (`Europe/Berlin`). */
export function personTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
