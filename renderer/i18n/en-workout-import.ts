/** Importing workouts from Strava's and Garmin Connect's CSV exports. */
export const workoutImportEn = {
  title: 'Import workouts from Strava or Garmin',
  intro:
    'Bring in the workouts you already recorded. You see what will be added before anything changes, and a workout already in your journal is never added twice.',
  file: 'Choose a file…',
  fileHint:
    'Strava: activities.csv, from the archive you request under Settings → My Account → Download or delete your account. Garmin Connect: Activities.csv, from Export CSV on the Activities list.',
  reading: 'Reading the file…',
  read: 'Read {{file}}. Check below what will be added, then import.',
  problem: {
    empty: 'This file is empty. Choose activities.csv from Strava or Activities.csv from Garmin Connect.',
    'not-text':
      'This is not a CSV file: it does not contain text. Choose activities.csv from Strava or Activities.csv from Garmin Connect.',
    'too-large': 'This file is too large to be a list of workouts (over 50 MB).',
    'not-recognised':
      'This is not a list of workouts from Strava or Garmin Connect. Choose activities.csv from your Strava archive, or Activities.csv from Garmin Connect.',
    'missing-column':
      'This looks like a list of workouts, but its “{{column}}” column is missing, so the workouts can’t be read. Export the file again without changing it.',
    failed: 'The file could not be read: {{reason}}',
  },
  service: {
    strava: 'Strava',
    garmin: 'Garmin Connect',
  },
  preview: {
    title: 'Check before importing',
    recognised: '“{{file}}” is a list of workouts from {{service}}.',
    localTimes: 'Its times carry no time zone, so they are read as times in {{zone}}.',
    toAdd_one: '{{count}} workout will be added.',
    toAdd_other: '{{count}} workouts will be added.',
    nothingToAdd: 'There is nothing new to add.',
    skipped: {
      'already-in-journal_one': '{{count}} workout is already in your journal.',
      'already-in-journal_other': '{{count}} workouts are already in your journal.',
      'repeated-in-file_one': '{{count}} row repeats a workout listed earlier in the file; it is added only once.',
      'repeated-in-file_other': '{{count}} rows repeat a workout listed earlier in the file; each is added only once.',
      'needs-activity_one': '{{count}} workout is left out until you choose an activity for its type (below).',
      'needs-activity_other': '{{count}} workouts are left out until you choose an activity for their type (below).',
      'in-future_one': '{{count}} workout starts in the future, so it is left out.',
      'in-future_other': '{{count}} workouts start in the future, so they are left out.',
      'invalid-session_one': '{{count}} workout breaks a rule of the journal and is left out (see below).',
      'invalid-session_other': '{{count}} workouts break a rule of the journal and are left out (see below).',
    },
    unreadable_one: '{{count}} row could not be read (see below).',
    unreadable_other: '{{count}} rows could not be read (see below).',
    import_one: 'Import {{count}} workout',
    import_other: 'Import {{count}} workouts',
    importing: 'Importing…',
  },
  mapping: {
    title: 'Activities',
    intro:
      'Each type of workout in the file becomes an activity in your journal. Suggestions are filled in; change any of them. Your choices are remembered for the next import.',
    type: 'Type in the file',
    workouts: 'Workouts',
    activity: 'Activity in your journal',
    choose: 'Choose an activity',
    keepName: 'Its own activity, “{{name}}”',
    needsChoice: 'Left out until you choose.',
  },
  rows: {
    title: 'Rows that can’t be imported',
    line: 'Line',
    reason: 'Why',
    column: 'Column',
    wholeRow: 'The whole row',
    noColumn: '–',
    problem: {
      'malformed-row':
        'The row is damaged: a quotation mark is not closed, or it has a different number of cells than the first line.',
      'invalid-type': 'The activity type is empty or longer than 60 characters.',
      'invalid-date': 'The date and time are missing or not written the way this service writes them.',
      'invalid-duration': 'The duration is missing or is not a length of time.',
      'duration-out-of-range': 'The duration is zero or longer than 24 hours.',
    },
  },
  done_one: '{{count}} workout was added.',
  done_other: '{{count}} workouts were added.',
  cancelled: 'Nothing was imported.',
  failed: 'Nothing was imported: {{reason}}',
};
