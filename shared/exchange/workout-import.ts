import { DURATION_MAX_MINUTES, LABEL_MAX_LENGTH } from '../domain/records';
import { RPE_MAX, RPE_MIN } from '../domain/vocabulary';
import { readCsvRecords, type CsvRecord } from './csv-records';
import { ZoneOffsets } from './zone-offset';

/**
 * Reads the workout lists people can download from Strava and Garmin Connect, so a journal can be
 * started from the workouts they already recorded. This module only reads; turning workouts into
 * journal sessions is `workout-import-plan.ts`.
 *
 * - Strava, account archive ("Download or delete your account"), `activities.csv`: one row per
 *   activity with about a hundred columns, several of them named twice (`Elapsed Time`, `Distance`,
 *   `Max Heart Rate`, `Relative Effort`, `Commute`). Rows are read as arrays and a column is found
 *   by the first header with its name, never through papaparse's `header: true`, which renames
 *   repeats. `Activity Date` is UTC in US English (`Jan 5, 2024, 6:30:12 PM`); both `Elapsed Time`
 *   columns are seconds (the first a whole number, the later one with a decimal), while the first
 *   `Distance` is in the athlete's units and the later one in metres.
 * - Garmin Connect, "Export CSV" on the Activities list, `Activities.csv`: `Date` is the local
 *   time where the workout was recorded, without a zone (`2024-01-05 18:30:12`); durations are
 *   clock readings (`01:02:03`, `00:45:10.5`); `--` means no value. Garmin writes activity types
 *   in the language of the account, so a German export says "Laufen": those get no default activity
 *   and the person picks one once.
 *
 * Elapsed time is preferred over moving or timer time in both: it is what the person lived through,
 * and it makes the same workout synced to both services look the same to the duplicate check.
 */

export const WORKOUT_FILE_FORMATS = ['strava', 'garmin'] as const;
export type WorkoutFileFormat = (typeof WORKOUT_FILE_FORMATS)[number];

/** One workout read from a file, not yet a journal session. */
export interface ImportedWorkout {
  readonly format: WorkoutFileFormat;
  /** 1-based line of the file where its row starts. */
  readonly line: number;
  /** The service's activity type, as written in the file ("Run", "Trail Running", "strength_training"). */
  readonly externalType: string;
  readonly title: string;
  readonly description: string;
  /** UTC instant, `…T17:30:12.000Z`. */
  readonly startedAt: string;
  /** The offset of `timeZone` at `startedAt`. */
  readonly utcOffsetMinutes: number;
  /** Whole minutes, at least 1 and at most DURATION_MAX_MINUTES. */
  readonly durationMinutes: number;
  /** Strava's "Perceived Exertion" (1–10) when recorded; null otherwise and for Garmin. */
  readonly intensity: number | null;
}

/**
 * Why a row was not read as a workout; `column` names the file's own column:
 * - `malformed-row`: broken quoting, or a different number of cells than the header has.
 * - `invalid-type`: the activity type is empty, or longer than an activity label may be.
 * - `invalid-date`: the start date and time is empty or not in the service's format.
 * - `invalid-duration`: no duration, or one that is not a number of seconds or a clock reading.
 * - `duration-out-of-range`: zero, or longer than the journal accepts (DURATION_MAX_MINUTES).
 */
export type WorkoutRowProblemCode =
  'malformed-row' | 'invalid-type' | 'invalid-date' | 'invalid-duration' | 'duration-out-of-range';

export interface WorkoutRowProblem {
  readonly line: number;
  readonly code: WorkoutRowProblemCode;
  readonly column?: string;
}

/**
 * - `not-recognised`: neither a Strava nor a Garmin Connect activities export (empty text, another
 *   CSV, not text at all).
 * - `missing-column`: recognised, but a column the import needs is missing (`column`).
 */
export type WorkoutFileResult =
  | {
      readonly ok: true;
      readonly format: WorkoutFileFormat;
      readonly workouts: readonly ImportedWorkout[];
      readonly rowProblems: readonly WorkoutRowProblem[];
    }
  | { readonly ok: false; readonly problem: 'not-recognised' }
  | { readonly ok: false; readonly problem: 'missing-column'; readonly column: string };

export interface WorkoutImportOptions {
  /** The IANA zone the person lives in (`Europe/Berlin`), for local times and offsets. */
  readonly timeZone: string;
}

const EMPTY_MARK = '--';

interface Stamp {
  readonly startedAt: string;
  readonly utcOffsetMinutes: number;
}

interface FormatSpec {
  readonly format: WorkoutFileFormat;
  /** All present in the header: this is the format. */
  readonly identifiedBy: readonly string[];
  readonly type: string;
  readonly date: string;
  readonly title: string;
  readonly description: string | null;
  /** In order of preference; the first with a value in a row is used. */
  readonly duration: readonly string[];
  readonly intensity: string | null;
  readonly readStart: (cell: string, zone: ZoneOffsets) => Stamp | null;
}

function isRealDateTime(date: Date, parts: readonly [number, number, number, number, number, number]): boolean {
  const [year, month, day, hour, minute, second] = parts;
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

function dateOf(parts: readonly [number, number, number, number, number, number]): Date | null {
  const [year, month, day, hour, minute, second] = parts;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return isRealDateTime(date, parts) ? date : null;
}

// Newer ICU versions write "Sept" and put a narrow no-break space before AM/PM (which \s matches).
const MONTHS = new Map([
  ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map(
    (name, i) => [name, i + 1] as const,
  ),
  ['Sept', 9],
]);
const STRAVA_DATE = /^([A-Z][a-z]{2,3}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})\s*([AP]M)$/;

function stravaStart(cell: string, zone: ZoneOffsets): Stamp | null {
  const match = STRAVA_DATE.exec(cell);
  const month = MONTHS.get(match?.[1] ?? '');
  if (!match || month === undefined) return null;
  const hour12 = Number(match[4]);
  if (hour12 < 1 || hour12 > 12) return null;
  const hour = (hour12 % 12) + (match[7] === 'PM' ? 12 : 0);
  const date = dateOf([Number(match[3]), month, Number(match[2]), hour, Number(match[5]), Number(match[6])]);
  if (!date) return null;
  return { startedAt: date.toISOString(), utcOffsetMinutes: zone.offsetAt(date.getTime()) };
}

const GARMIN_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

function garminStart(cell: string, zone: ZoneOffsets): Stamp | null {
  const match = GARMIN_DATE.exec(cell);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const wall = dateOf([year, month, day, hour, minute, Number(match[6] ?? 0)]);
  if (!wall) return null;
  const instant = zone.instantOfWallClock(wall.getTime());
  return { startedAt: new Date(instant).toISOString(), utcOffsetMinutes: zone.offsetAt(instant) };
}

const STRAVA: FormatSpec = {
  format: 'strava',
  identifiedBy: ['Activity ID', 'Activity Date', 'Activity Type'],
  type: 'Activity Type',
  date: 'Activity Date',
  title: 'Activity Name',
  description: 'Activity Description',
  duration: ['Elapsed Time', 'Moving Time'],
  intensity: 'Perceived Exertion',
  readStart: stravaStart,
};

const GARMIN: FormatSpec = {
  format: 'garmin',
  identifiedBy: ['Activity Type', 'Date', 'Title'],
  type: 'Activity Type',
  date: 'Date',
  title: 'Title',
  description: null,
  // "Time" is the timer (pauses left out); older exports call it "Activity Time".
  duration: ['Elapsed Time', 'Time', 'Activity Time'],
  intensity: null,
  readStart: garminStart,
};

const DECIMAL = /^\d+(?:\.\d+)?$/;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;

/** Seconds from a number of seconds (Strava) or a clock reading `h:mm:ss(.f)` / `mm:ss` (Garmin). */
function secondsOf(cell: string): number | null {
  if (DECIMAL.test(cell)) return Number(cell);
  const match = CLOCK.exec(cell);
  if (!match) return null;
  const minutes = Number(match[2]);
  const seconds = Number(match[3]);
  if (seconds >= 60 || (match[1] !== undefined && minutes >= 60)) return null;
  return Number(match[1] ?? 0) * 3600 + minutes * 60 + seconds;
}

function intensityOf(cell: string): number | null {
  if (!DECIMAL.test(cell)) return null;
  const value = Math.round(Number(cell));
  return value >= RPE_MIN && value <= RPE_MAX ? value : null;
}

interface DurationColumn {
  readonly name: string;
  readonly index: number;
}

/** Where the columns a format needs are in this file: the first header with each name. */
interface ColumnIndexes {
  readonly type: number;
  readonly date: number;
  readonly title: number | undefined;
  readonly description: number | undefined;
  /** Present duration columns, in order of preference. */
  readonly duration: readonly [DurationColumn, ...DurationColumn[]];
  readonly intensity: number | undefined;
}

function readRow(
  spec: FormatSpec,
  columns: ColumnIndexes,
  record: CsvRecord,
  zone: ZoneOffsets,
  problems: WorkoutRowProblem[],
): ImportedWorkout | null {
  const { line, cells } = record;
  const cell = (index: number | undefined) => {
    const value = index === undefined ? '' : (cells[index] ?? '').trim();
    return value === EMPTY_MARK ? '' : value;
  };
  const rowProblems: WorkoutRowProblem[] = [];

  const externalType = cell(columns.type);
  if (externalType === '' || externalType.length > LABEL_MAX_LENGTH) {
    rowProblems.push({ line, code: 'invalid-type', column: spec.type });
  }

  const stamp = spec.readStart(cell(columns.date), zone);
  if (!stamp) rowProblems.push({ line, code: 'invalid-date', column: spec.date });

  const duration = columns.duration.find(({ index }) => cell(index) !== '') ?? columns.duration[0];
  const seconds = secondsOf(cell(duration.index));
  const durationMinutes = seconds === null ? 0 : Math.max(1, Math.round(seconds / 60));
  if (seconds === null) {
    rowProblems.push({ line, code: 'invalid-duration', column: duration.name });
  } else if (seconds === 0 || durationMinutes > DURATION_MAX_MINUTES) {
    rowProblems.push({ line, code: 'duration-out-of-range', column: duration.name });
  }

  if (!stamp || rowProblems.length > 0) {
    problems.push(...rowProblems);
    return null;
  }
  return {
    format: spec.format,
    line,
    externalType,
    title: cell(columns.title),
    description: cell(columns.description),
    ...stamp,
    durationMinutes,
    intensity: columns.intensity === undefined ? null : intensityOf(cell(columns.intensity)),
  };
}

/**
 * Reads a Strava `activities.csv` or a Garmin Connect `Activities.csv`, whichever `text` is.
 * A row that can't be read is reported with its line and skipped; the others are still read.
 * Throws RangeError only for a `timeZone` the runtime does not know, a programming error.
 */
export function parseWorkoutFile(text: string, options: WorkoutImportOptions): WorkoutFileResult {
  const zone = new ZoneOffsets(options.timeZone);
  const [header, ...rows] = readCsvRecords(text);
  const names = header?.cells.map((name) => name.trim()) ?? [];
  const spec = [STRAVA, GARMIN].find((candidate) => candidate.identifiedBy.every((name) => names.includes(name)));
  if (!header || header.malformed || !spec) return { ok: false, problem: 'not-recognised' };

  const indexOf = (name: string | null) => {
    const index = name === null ? -1 : names.indexOf(name);
    return index === -1 ? undefined : index;
  };
  const [preferred, ...fallbacks] = spec.duration.flatMap((name): DurationColumn[] => {
    const index = indexOf(name);
    return index === undefined ? [] : [{ name, index }];
  });
  if (!preferred) return { ok: false, problem: 'missing-column', column: spec.duration[0] ?? '' };
  const columns: ColumnIndexes = {
    type: names.indexOf(spec.type),
    date: names.indexOf(spec.date),
    title: indexOf(spec.title),
    description: indexOf(spec.description),
    duration: [preferred, ...fallbacks],
    intensity: indexOf(spec.intensity),
  };

  const workouts: ImportedWorkout[] = [];
  const rowProblems: WorkoutRowProblem[] = [];
  for (const record of rows) {
    if (record.malformed || record.cells.length !== names.length) {
      rowProblems.push({ line: record.line, code: 'malformed-row' });
      continue;
    }
    const workout = readRow(spec, columns, record, zone, rowProblems);
    if (workout) workouts.push(workout);
  }
  return { ok: true, format: spec.format, workouts, rowProblems };
}
