import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NO_FACTORS_RECORDED, settingSchema } from '../../../../shared/domain/records';
import {
  parseWorkoutFile,
  type ImportedWorkout,
  type WorkoutFileFormat,
  type WorkoutFileResult,
} from '../../../../shared/exchange/workout-import';
import {
  activityForWorkout,
  defaultActivityFor,
  planWorkoutImport,
  typesToMap,
  workoutMappingKey,
  type WorkoutImportMapping,
} from '../../../../shared/exchange/workout-import-plan';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url), 'utf8');
const STRAVA_CSV = fixture('strava-activities.csv');
const GARMIN_CSV = fixture('garmin-activities.csv');
const BERLIN = { timeZone: 'Europe/Berlin' };
/** After every workout in the fixtures. */
const NOW = new Date('2025-01-01T00:00:00.000Z');

function parsed(text: string, options = BERLIN): Extract<WorkoutFileResult, { ok: true }> {
  const result = parseWorkoutFile(text, options);
  if (!result.ok) throw new Error(`Expected the file to be read, got ${result.problem}`);
  return result;
}

function atLine(workouts: readonly ImportedWorkout[], line: number): ImportedWorkout {
  const workout = workouts.find((candidate) => candidate.line === line);
  if (!workout) throw new Error(`No workout at line ${line}`);
  return workout;
}

const GARMIN_HEADER = 'Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR,Moving Time,Elapsed Time';
function garminFile(...rows: string[]): string {
  return [GARMIN_HEADER, ...rows].join('\r\n');
}

describe('parseWorkoutFile: detection', () => {
  it('recognises a Strava account export by its columns', () => {
    expect(parsed(STRAVA_CSV).format).toBe('strava');
  });

  it('recognises a Garmin Connect activities export by its columns', () => {
    expect(parsed(GARMIN_CSV).format).toBe('garmin');
  });

  it('recognises a Garmin export whose header is quoted and starts with a byte-order mark', () => {
    const text =
      '\uFEFF"Activity Type","Date","Favorite","Title","Time"\n"Yoga","2024-01-11 07:45:30","false","Yoga","00:30:00"';
    const result = parsed(text);
    expect(result.format).toBe('garmin');
    expect(result.workouts).toHaveLength(1);
  });

  it.each([
    ['empty text', ''],
    ['only blank lines', '\r\n\r\n  \n'],
    ['another CSV', 'name,age,city\nBob,34,"Berlin, DE"\n'],
    ['a journal export', 'id,startedAt,utcOffsetMinutes,activity\r\n'],
    ['plain prose', 'Dear diary, today I ran.\nIt was fine.'],
    ['binary junk', String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 73 + 11) % 256))],
    ['a ZIP archive read as text', 'PK\u0003\u0004\u0014\u0000\u0008\u0000activities.csv\u0000\u0000'],
    ['a header with only some Strava columns', 'Activity ID,Activity Name\n1,Run\n'],
  ])('says %s is not recognised', (_name, text) => {
    expect(parseWorkoutFile(text, BERLIN)).toEqual({ ok: false, problem: 'not-recognised' });
  });

  it('names a missing duration column instead of guessing', () => {
    expect(parseWorkoutFile('Activity Type,Date,Title\nRunning,2024-01-05 18:30:12,Run\n', BERLIN)).toEqual({
      ok: false,
      problem: 'missing-column',
      column: 'Elapsed Time',
    });
  });

  it('refuses a time zone the runtime does not know', () => {
    expect(() => parseWorkoutFile(STRAVA_CSV, { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });
});

describe('parseWorkoutFile: Strava', () => {
  const { workouts, rowProblems } = parsed(STRAVA_CSV);

  it('reads every field of a row, the start as a UTC instant with the Berlin winter offset', () => {
    expect(atLine(workouts, 2)).toEqual({
      format: 'strava',
      line: 2,
      externalType: 'Run',
      title: 'Evening Run',
      description: '',
      startedAt: '2024-01-05T17:30:12.000Z',
      utcOffsetMinutes: 60,
      durationMinutes: 45,
      intensity: 7,
    });
  });

  it('gives a summer date the Berlin summer offset', () => {
    expect(atLine(workouts, 8)).toMatchObject({
      externalType: 'Trail Run',
      startedAt: '2024-07-14T05:10:00.000Z',
      utcOffsetMinutes: 120,
      durationMinutes: 90,
      intensity: 6,
    });
  });

  it('gives a run just after the spring clock change the new offset', () => {
    // Berlin went from +01:00 to +02:00 at 2024-03-31T01:00Z.
    expect(atLine(workouts, 7)).toMatchObject({ startedAt: '2024-03-31T01:30:00.000Z', utcOffsetMinutes: 120 });
  });

  it('reads the first of the repeated columns: seconds from "Elapsed Time", not the later copy', () => {
    const header = readCsvHeader(STRAVA_CSV);
    expect(header.filter((name) => name === 'Elapsed Time')).toHaveLength(2);
    expect(header.filter((name) => name === 'Distance')).toHaveLength(2);
    // Swim: 2700 s elapsed, 1500 in the first Distance column; nothing mixes them up.
    expect(atLine(workouts, 12)).toMatchObject({ externalType: 'Swim', durationMinutes: 45 });
  });

  it('rounds the duration to whole minutes', () => {
    // 1830 s is 30.5 minutes.
    expect(atLine(workouts, 7).durationMinutes).toBe(31);
  });

  it('keeps a quoted description with commas and a line break, and numbers the following lines right', () => {
    expect(atLine(workouts, 4)).toMatchObject({
      externalType: 'Weight Training',
      title: 'Leg day',
      description: 'Squats 5x5, deadlifts 3x5\nLegs went numb on the last set',
      durationMinutes: 66,
      intensity: 8,
    });
    expect(atLine(workouts, 6)).toMatchObject({ externalType: 'Yoga', title: 'Morning Yoga', intensity: null });
  });

  it('keeps quotes and commas in titles', () => {
    expect(atLine(workouts, 11).title).toBe('Zwift - Watopia, easy spin');
    expect(atLine(workouts, 23)).toMatchObject({
      title: 'Tempo "fast" run',
      description: 'Felt "great", then tingling in both hands',
    });
  });

  it('reports bad rows by their line in the file and reads all the others', () => {
    expect(rowProblems).toEqual([
      { line: 16, code: 'invalid-date', column: 'Activity Date' },
      { line: 17, code: 'invalid-type', column: 'Activity Type' },
      { line: 24, code: 'duration-out-of-range', column: 'Elapsed Time' },
    ]);
    // 22 rows on 23 lines after the header (one description spans two), three of them bad.
    expect(workouts.map((workout) => workout.line)).toEqual([
      2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23,
    ]);
  });

  it.each([
    ['a narrow no-break space before PM', 'Jan 5, 2024, 6:30:12\u202fPM', '2024-01-05T18:30:12.000Z'],
    ['"Sept"', 'Sept 2, 2024, 12:05:00 AM', '2024-09-02T00:05:00.000Z'],
    ['noon', 'Sep 2, 2024, 12:05:00 PM', '2024-09-02T12:05:00.000Z'],
  ])('reads a date with %s', (_name, date, startedAt) => {
    const text = Papa.unparse([
      ['Activity ID', 'Activity Date', 'Activity Type', 'Elapsed Time'],
      ['1', date, 'Run', '600'],
    ]);
    expect(parsed(text).workouts[0]?.startedAt).toBe(startedAt);
  });

  it('reads a Perceived Exertion outside 1–10 as not recorded', () => {
    const text = Papa.unparse([
      ['Activity ID', 'Activity Date', 'Activity Type', 'Elapsed Time', 'Perceived Exertion'],
      ['1', 'Jan 5, 2024, 6:30:12 PM', 'Run', '600', '0'],
      ['2', 'Jan 6, 2024, 6:30:12 PM', 'Run', '600', '11'],
      ['3', 'Jan 7, 2024, 6:30:12 PM', 'Run', '600', 'hard'],
    ]);
    expect(parsed(text).workouts.map((workout) => workout.intensity)).toEqual([null, null, null]);
  });
});

function readCsvHeader(text: string): string[] {
  return Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
}

describe('parseWorkoutFile: Garmin', () => {
  const { workouts, rowProblems } = parsed(GARMIN_CSV);

  it('reads every field of a row, the local time turned into a UTC instant in winter', () => {
    expect(atLine(workouts, 2)).toEqual({
      format: 'garmin',
      line: 2,
      externalType: 'Running',
      title: 'Berlin Running',
      description: '',
      startedAt: '2024-01-05T17:30:12.000Z',
      utcOffsetMinutes: 60,
      durationMinutes: 45,
      intensity: null,
    });
  });

  it('reads a summer local time with the summer offset', () => {
    expect(atLine(workouts, 3)).toMatchObject({ startedAt: '2024-07-14T05:10:00.000Z', utcOffsetMinutes: 120 });
  });

  it('takes the elapsed time over the timer time, and reads tenths of seconds', () => {
    expect(atLine(workouts, 6)).toMatchObject({ externalType: 'Hiking', durationMinutes: 220 });
    expect(atLine(workouts, 12)).toMatchObject({ externalType: 'Yoga', durationMinutes: 45 });
  });

  it('is not thrown by thousands separators or "--" in other columns', () => {
    expect(atLine(workouts, 9)).toMatchObject({ externalType: 'Pool Swim', title: 'Pool Swim', durationMinutes: 45 });
    expect(atLine(workouts, 11)).toMatchObject({ title: 'Gym, legs', durationMinutes: 66 });
  });

  it('reports the bad rows by line and keeps the rest', () => {
    expect(rowProblems).toEqual([
      { line: 16, code: 'invalid-date', column: 'Date' },
      { line: 17, code: 'invalid-duration', column: 'Elapsed Time' },
    ]);
    expect(workouts).toHaveLength(14);
  });

  it('falls back to the timer time when there is no elapsed time', () => {
    const text = 'Activity Type,Date,Title,Time\nRunning,2024-01-05 18:30:12,Run,01:02:03\n';
    expect(parsed(text).workouts[0]?.durationMinutes).toBe(62);
  });

  it.each([
    ['a winter evening', '2024-01-05 18:30:12', '2024-01-05T17:30:12.000Z', 60],
    ['a summer morning', '2024-07-14 07:10:00', '2024-07-14T05:10:00.000Z', 120],
    [
      'the hour skipped in spring, read as just after the change',
      '2024-03-31 02:30:00',
      '2024-03-31T01:30:00.000Z',
      120,
    ],
    ['the hour repeated in autumn, read as its first pass', '2024-10-27 02:30:00', '2024-10-27T00:30:00.000Z', 120],
    ['just after the repeated hour', '2024-10-27 03:30:00', '2024-10-27T02:30:00.000Z', 60],
    ['a time without seconds', '2024-01-05 18:30', '2024-01-05T17:30:00.000Z', 60],
  ])('reads Berlin local time on %s', (_name, date, startedAt, utcOffsetMinutes) => {
    const [workout] = parsed(
      garminFile(`Running,${date},false,Run,5.0,300,00:30:00,140,150,00:30:00,00:30:00`),
    ).workouts;
    expect(workout).toMatchObject({ startedAt, utcOffsetMinutes });
  });

  it('reads local time in the zone it is given, not the one the computer is in', () => {
    const row = 'Running,2024-01-05 18:30:12,false,Run,5.0,300,00:30:00,140,150,00:30:00,00:30:00';
    expect(parsed(garminFile(row), { timeZone: 'Asia/Kathmandu' }).workouts[0]).toMatchObject({
      startedAt: '2024-01-05T12:45:12.000Z',
      utcOffsetMinutes: 345,
    });
    expect(parsed(garminFile(row), { timeZone: 'America/New_York' }).workouts[0]).toMatchObject({
      startedAt: '2024-01-05T23:30:12.000Z',
      utcOffsetMinutes: -300,
    });
  });

  it.each([
    ['a broken quote, which swallows the rest', 'Running,2024-01-06 18:30:12,false,"Run,5.0,300,00:30:00,1,2,3,4', 3],
    ['too few cells', 'Running,2024-01-06 18:30:12,false,Run', 3],
  ])('reports %s as a malformed row', (_name, row, line) => {
    const good = 'Running,2024-01-05 18:30:12,false,Run,5.0,300,00:30:00,140,150,00:30:00,00:30:00';
    const result = parsed(garminFile(good, row));
    expect(result.rowProblems).toEqual([{ line, code: 'malformed-row' }]);
    expect(result.workouts).toHaveLength(1);
  });

  it.each([
    ['no duration', '--', 'invalid-duration'],
    ['text', 'an hour', 'invalid-duration'],
    ['minutes past 59', '1:75:00', 'invalid-duration'],
    ['zero', '00:00:00', 'duration-out-of-range'],
    ['more than a day', '24:00:31', 'duration-out-of-range'],
  ])('reports a duration of %s', (_name, duration, code) => {
    const row = `Running,2024-01-05 18:30:12,false,Run,5.0,300,${duration},140,150,${duration},${duration}`;
    expect(parsed(garminFile(row)).rowProblems).toEqual([{ line: 2, code, column: 'Elapsed Time' }]);
  });

  it('counts a few seconds as one minute, and a whole day as the longest session', () => {
    const rows = ['00:00:20', '24:00:00'].map(
      (time) => `Running,2024-01-05 18:30:12,false,Run,5.0,300,${time},140,150,${time},${time}`,
    );
    expect(parsed(garminFile(...rows)).workouts.map((workout) => workout.durationMinutes)).toEqual([1, 1440]);
  });

  it('reports every problem of a row', () => {
    expect(parsed(garminFile(',yesterday,false,Run,5.0,300,--,1,2,--,--')).rowProblems).toEqual([
      { line: 2, code: 'invalid-type', column: 'Activity Type' },
      { line: 2, code: 'invalid-date', column: 'Date' },
      { line: 2, code: 'invalid-duration', column: 'Elapsed Time' },
    ]);
  });

  it.each([
    ['not a date', '2024-02-30 10:00:00'],
    ['US order', '01/05/2024 18:30'],
    ['an hour past 23', '2024-01-05 24:30:00'],
  ])('reports a date that is %s', (_name, date) => {
    const row = `Running,${date},false,Run,5.0,300,00:30:00,140,150,00:30:00,00:30:00`;
    expect(parsed(garminFile(row)).rowProblems).toEqual([{ line: 2, code: 'invalid-date', column: 'Date' }]);
  });
});

describe('defaultActivityFor', () => {
  it.each<[WorkoutFileFormat, string, string | null]>([
    ['strava', 'Run', 'running'],
    ['strava', 'Trail Run', 'trail-running'],
    ['strava', 'TrailRun', 'trail-running'],
    ['strava', 'Walk', 'walking'],
    ['strava', 'Hike', 'power-hiking'],
    ['strava', 'Ride', 'cycling'],
    ['strava', 'VirtualRide', 'cycling'],
    ['strava', 'Virtual Ride', 'cycling'],
    ['strava', 'Mountain Bike Ride', 'cycling'],
    ['strava', 'Swim', 'swimming'],
    ['strava', 'Yoga', 'yoga'],
    ['strava', 'WeightTraining', 'weight-lifting'],
    ['strava', 'Weight Training', 'weight-lifting'],
    ['strava', 'StairStepper', 'stair-stepper'],
    ['strava', 'Stair-Stepper', 'stair-stepper'],
    ['strava', 'Workout', null],
    ['strava', 'Rock Climb', null],
    ['strava', 'Running', null],
    ['garmin', 'Running', 'running'],
    ['garmin', 'Treadmill Running', 'running'],
    ['garmin', 'Trail Running', 'trail-running'],
    ['garmin', 'Walking', 'walking'],
    ['garmin', 'Hiking', 'power-hiking'],
    ['garmin', 'Cycling', 'cycling'],
    ['garmin', 'Indoor Cycling', 'cycling'],
    ['garmin', 'Pool Swim', 'swimming'],
    ['garmin', 'Open Water Swimming', 'swimming'],
    ['garmin', 'Strength Training', 'weight-lifting'],
    ['garmin', 'strength_training', 'weight-lifting'],
    ['garmin', 'Yoga', 'yoga'],
    ['garmin', 'Stair Stepper', 'stair-stepper'],
    ['garmin', 'Floor Climbing', 'stair-stepper'],
    ['garmin', 'HIIT', null],
    ['garmin', 'Laufen', null],
    ['garmin', 'Run', null],
    ['garmin', 'constructor', null],
    ['garmin', '', null],
  ])('%s "%s" → %s', (format, externalType, activity) => {
    expect(defaultActivityFor(format, externalType)).toBe(activity);
  });
});

describe('the workoutImportMapping setting', () => {
  it('accepts a mapping of keys to activity labels', () => {
    const value = { 'strava:Workout': 'aerobics', 'garmin:Laufen': 'running', 'strava:Rock Climb': 'Bouldering' };
    expect(settingSchema.parse({ key: 'workoutImportMapping', value })).toEqual({ key: 'workoutImportMapping', value });
  });

  it.each([
    ['an empty label', { 'strava:Workout': ' ' }],
    ['a label longer than 60', { 'strava:Workout': 'x'.repeat(61) }],
    ['a key longer than 100', { [`strava:${'x'.repeat(100)}`]: 'running' }],
    ['more than 500 entries', Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`strava:T${i}`, 'running']))],
  ])('refuses %s', (_name, value) => {
    expect(settingSchema.safeParse({ key: 'workoutImportMapping', value }).success).toBe(false);
  });
});

describe('planWorkoutImport', () => {
  const strava = parsed(STRAVA_CSV).workouts;
  const garmin = parsed(GARMIN_CSV).workouts;
  const none: WorkoutImportMapping = {};

  /** What the journal holds after the planned sessions were added. */
  const stored = (plan: ReturnType<typeof planWorkoutImport>) => plan.add.map(({ session }) => session);

  it('plans a valid session for each new workout with a known activity', () => {
    const plan = planWorkoutImport(strava, none, [], NOW);
    expect(plan.add.find(({ workout }) => workout.line === 4)?.session).toEqual({
      activity: 'weight-lifting',
      startedAt: '2024-01-09T18:15:00.000Z',
      utcOffsetMinutes: 60,
      durationMinutes: 66,
      intensity: 8,
      factors: NO_FACTORS_RECORDED,
      notes: 'Strava: Leg day\n\nSquats 5x5, deadlifts 3x5\nLegs went numb on the last set',
    });
    expect(plan.add.find(({ workout }) => workout.format === 'strava' && workout.line === 2)?.session.notes).toBe(
      'Strava: Evening Run',
    );
    expect(plan.add.map(({ workout }) => workout.line)).toEqual([2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 18, 19, 23]);
  });

  it('leaves workouts of unknown types for the person, listing each type once with its count', () => {
    const plan = planWorkoutImport(strava, none, [], NOW);
    expect(plan.skipped.filter((skip) => skip.code === 'needs-activity').map((skip) => skip.workout.line)).toEqual([
      13, 15, 21, 22,
    ]);
    expect(plan.unmappedTypes).toEqual([
      { format: 'strava', externalType: 'Workout', key: 'strava:Workout', workouts: 1 },
      { format: 'strava', externalType: 'Rock Climb', key: 'strava:Rock Climb', workouts: 1 },
      { format: 'strava', externalType: 'Elliptical', key: 'strava:Elliptical', workouts: 1 },
      { format: 'strava', externalType: 'Pilates', key: 'strava:Pilates', workouts: 1 },
    ]);
    const twice = planWorkoutImport(
      parsed(
        garminFile(...['10', '11', '12'].map((h) => `HIIT,2024-08-02 ${h}:00:00,false,HIIT,--,1,00:25:00,1,2,--,--`)),
      ).workouts,
      none,
      [],
      NOW,
    );
    expect(twice.unmappedTypes).toEqual([{ format: 'garmin', externalType: 'HIIT', key: 'garmin:HIIT', workouts: 3 }]);
  });

  it('skips a workout that appears twice in the file', () => {
    const plan = planWorkoutImport(strava, none, [], NOW);
    expect(plan.skipped.filter((skip) => skip.code === 'repeated-in-file').map((skip) => skip.workout.line)).toEqual([
      20,
    ]);
  });

  it('adds nothing when the same file is imported again', () => {
    const first = planWorkoutImport(strava, none, [], NOW);
    const again = planWorkoutImport(strava, none, stored(first), NOW);
    expect(again.add).toEqual([]);
    expect(again.skipped.filter((skip) => skip.code === 'already-in-journal')).toHaveLength(first.add.length + 1);
  });

  it('finds duplicates whatever activity they were filed under, so a changed mapping adds only new ones', () => {
    const first = planWorkoutImport(strava, none, [], NOW);
    const changed = { [workoutMappingKey('strava', 'Run')]: 'walking', 'strava:Workout': 'aerobics' };
    const again = planWorkoutImport(strava, changed, stored(first), NOW);
    expect(again.add.map(({ workout, session }) => [workout.line, session.activity])).toEqual([[13, 'aerobics']]);
  });

  it('recognises the same workout synced to both services', () => {
    const fromGarmin = planWorkoutImport(garmin, none, [], NOW);
    const fromStrava = planWorkoutImport(strava, none, stored(fromGarmin), NOW);
    const alreadyIn = fromStrava.skipped.filter((skip) => skip.code === 'already-in-journal');
    // The fixtures share the run, ride, leg day, trail run, walk, swim and stairs (the run twice in
    // Strava's file); the yoga and the hike differ in length, so they are different workouts.
    expect(alreadyIn.map((skip) => skip.workout.line)).toEqual([2, 3, 4, 8, 9, 12, 14, 20]);
  });

  it('lets the remembered mapping override the default, with a label of the person’s own', () => {
    const mapping = { 'strava:Run': 'trail-running', 'strava:Rock Climb': 'Bouldering' };
    const plan = planWorkoutImport(strava, mapping, [], NOW);
    const activityAt = (line: number) => plan.add.find(({ workout }) => workout.line === line)?.session.activity;
    expect(activityAt(2)).toBe('trail-running');
    expect(activityAt(15)).toBe('Bouldering');
    expect(activityAt(3)).toBe('cycling');
    expect(plan.unmappedTypes.map((type) => type.externalType)).toEqual(['Workout', 'Elliptical', 'Pilates']);
  });

  it('reads the mapping only for its own format', () => {
    const run = atLine(garmin, 2);
    expect(activityForWorkout(run, { 'strava:Running': 'walking' })).toBe('running');
    expect(activityForWorkout(run, { 'garmin:Running': 'walking' })).toBe('walking');
  });

  it('skips workouts that start after now', () => {
    const plan = planWorkoutImport(strava, none, [], new Date('2024-07-01T00:00:00.000Z'));
    const future = plan.skipped.filter((skip) => skip.code === 'in-future').map((skip) => skip.workout.line);
    expect(future).toEqual([8, 9, 10, 11, 12, 14, 18, 19, 23]);
    expect(plan.add.map(({ workout }) => workout.line)).toEqual([2, 3, 4, 6, 7]);
  });

  it('reports a workout that would break another journal rule with the form’s message keys', () => {
    const [workout] = parsed(STRAVA_CSV).workouts;
    if (!workout) throw new Error('no workout');
    const long = { ...workout, description: 'x'.repeat(10_000) };
    expect(planWorkoutImport([long], none, [], NOW).skipped).toEqual([
      { workout: long, code: 'invalid-session', fieldErrors: { notes: 'validation.notesTooLong' } },
    ]);
  });

  it('names the service alone when a workout has no title', () => {
    const [workout] = parsed(garminFile('Yoga,2024-01-11 07:45:30,false,,--,1,00:30:00,1,2,--,--')).workouts;
    if (!workout) throw new Error('no workout');
    expect(planWorkoutImport([workout], none, [], NOW).add[0]?.session.notes).toBe('Garmin Connect');
  });
});

describe('typesToMap', () => {
  const strava = parsed(STRAVA_CSV).workouts;

  it('lists each type of the workouts to add or waiting for an activity once, those without one first', () => {
    const plan = planWorkoutImport(strava, {}, [], NOW);
    const types = typesToMap(plan, {});
    const keys = types.map((type) => type.key);
    expect(new Set(keys).size).toBe(keys.length);
    const waiting = plan.unmappedTypes.map((type) => type.key);
    expect(keys.slice(0, waiting.length).sort()).toEqual([...waiting].sort());
    const counted = types.reduce((sum, type) => sum + type.workouts, 0);
    expect(counted).toBe(plan.add.length + plan.skipped.filter((skip) => skip.code === 'needs-activity').length);
  });

  it('counts nothing for a file already in the journal', () => {
    const first = planWorkoutImport(strava, {}, [], NOW);
    const again = planWorkoutImport(
      strava,
      {},
      first.add.map(({ session }) => session),
      NOW,
    );
    expect(
      typesToMap(again, {})
        .filter((type) => type.workouts > 0)
        .map((type) => type.key),
    ).toEqual(again.unmappedTypes.map((type) => type.key));
  });
});
