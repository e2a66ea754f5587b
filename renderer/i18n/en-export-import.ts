/** Bringing the journal's own CSV or FHIR export back in, on the "Data in & out" screen. */
export const exportImportEn = {
  title: 'Bring back an export',
  intro:
    'Bring the workouts and symptoms of an export back into your journal, for example on another computer. You see how they compare with your journal before anything changes. They are merged: nothing in your journal is removed.',
  file: 'Exported files',
  fileHint:
    'Choose both CSV files at once (workouts and symptoms: hold Ctrl, or ⌘ on a Mac, to pick the second), or the one health record file (FHIR, ending in .json).',
  reading: 'Reading…',
  read: 'Read {{files}}. Check below what the export holds, then merge.',
  failed: 'The files could not be read: {{reason}}',
  unchanged: 'Nothing was changed.',
  kind: {
    workout: 'a workout',
    symptom: 'a symptom',
  },
  /** Why the chosen files can't be brought back; one message for each code of `ExportFileProblem`. */
  problem: {
    'no-file': 'Choose the two CSV files of an export, or its health record file.',
    'too-many-files':
      'That is more than two files. Choose the two CSV files of one export, or its health record file on its own.',
    'bundle-with-other':
      'A health record file (FHIR) is brought back on its own. Choose it alone, or choose the two CSV files together.',
    'csv-missing-sessions':
      'This is the symptoms file; the workouts file is missing. Choose both CSV files at once: the workouts file too (named like sessions-2026-11-21.csv).',
    'csv-missing-symptoms':
      'This is the workouts file; the symptoms file is missing. Choose both CSV files at once: the symptoms file too (named like symptoms-2026-11-21.csv).',
    'same-csv-twice-sessions':
      'Both files are workouts files. Choose one workouts file and one symptoms file from the same export.',
    'same-csv-twice-symptoms':
      'Both files are symptoms files. Choose one workouts file and one symptoms file from the same export.',
    'too-large': '“{{file}}” is larger than {{size}}, so it is not an export this app can read. Nothing was read.',
    empty: '“{{file}}” is empty.',
    'not-text': '“{{file}}” is not an export: its contents are not text. It may be another kind of file.',
    'not-an-export':
      '“{{file}}” is not one of this journal’s exports: its first line is not the header row of the workouts or the symptoms CSV file.',
    'not-json': '“{{file}}” starts like a health record file, but it can’t be read: it may be damaged or cut off.',
    'backup-file':
      '“{{file}}” is a journal backup, not an export. Open it under “Your own backup” on this screen instead.',
    'not-a-bundle': '“{{file}}” is not a health record (FHIR Bundle) exported from this journal.',
    'fhir-damaged':
      '“{{file}}” is damaged: its entries are not shaped as a health record’s. Export it again from the journal it came from.',
    'fhir-foreign-entry':
      'Entry {{entry}} of “{{file}}” is not a workout or a symptom from this journal, so the file can’t be brought back. Only health record files this app exported can.',
    'fhir-unreadable': 'Entry {{entry}} of “{{file}}” ({{kind}}): {{part}} is missing or can’t be read.',
    'fhir-invalid':
      'Entry {{entry}} of “{{file}}” ({{kind}}): the value of “{{field}}” is not one the journal accepts.',
    'fhir-duplicate-id':
      'Entry {{entry}} of “{{file}}” ({{kind}}) has the same ID as an earlier entry. The journal can keep only one of them, so the file is damaged.',
    'fhir-unknown-session':
      'Entry {{entry}} of “{{file}}” is a symptom linked to a workout that is not in the file. Export the whole journal again.',
    'no-entries': 'These files hold no workouts and no symptoms, so there is nothing to bring back.',
  },
  /** The part of a health record entry that could not be read. */
  part: {
    time: 'its date and time',
    activity: 'its activity',
    duration: 'its duration',
    factor: 'one of its factors (warm-up, water, sitting …)',
    sensation: 'what was felt',
    location: 'where it was felt',
    severity: 'its severity',
    onset: 'when it started',
    'warning-sign': 'a warning sign',
    relief: 'what helped',
    ongoing: 'whether it is still going',
    'record-times': 'when it was recorded or last changed',
    unknown: 'a part of it',
  },
  rows: {
    title: 'Lines that can’t be read',
    intro:
      'An export is brought back only when every line of its files can be read. Correct these lines, or export again from the journal they came from, then choose both files again.',
    more: 'The first {{shown}} of {{count}} problems are listed.',
    column: {
      file: 'File',
      line: 'Line',
      column: 'Column',
      problem: 'Problem',
    },
    file: {
      sessions: 'Workouts',
      symptoms: 'Symptoms',
    },
    wholeLine: 'The whole line',
    summary_one: '{{formatted}} line of the files can’t be read (listed below), so nothing was brought back.',
    summary_other: '{{formatted}} lines of the files can’t be read (listed below), so nothing was brought back.',
  },
  /** Why a CSV line was not read; one message for each code of `JournalCsvProblemCode`. */
  csv: {
    'missing-column':
      'The header row has no column with this name, so no line of this file was read. Export the file again, or put the column back.',
    'malformed-row':
      'This line is broken: a quotation mark is not closed, or it has a different number of cells than the header row.',
    'offset-mismatch': 'This offset, in minutes, is not the one written at the end of the entry’s date and time.',
    'duplicate-id': 'An earlier line of this file has the same ID. The journal can keep only one of them.',
    'unknown-session': 'This symptom is linked to a workout that is not in the workouts file.',
    /** `invalid-value`, by what the column holds. */
    value: {
      'date-time': 'This is not a date and time with its UTC offset, such as 2026-03-01T18:30:00+01:00.',
      'whole-number': 'This is not a whole number.',
      'yes-no': 'This should be “yes” or “no”, or empty when not recorded.',
      list: 'This list can’t be read: a “\\” at its end has nothing after it.',
      locations: 'This is not a list of places such as “foot:left; hand:right”.',
      text: 'This value can’t be read.',
    },
  },
  preview: {
    title: 'What is in this export',
    format: 'Format',
    csv: 'Two CSV files',
    fhir: 'Health record (FHIR R4)',
    file: 'File',
    workoutsFile: 'Workouts file',
    symptomsFile: 'Symptoms file',
    entries: 'Entries',
    entriesRange: 'From {{first}} to {{last}}',
    tableTitle: 'Compared with your journal',
    column: {
      kind: 'Kind',
      rows: 'In the export',
      new: 'New',
      identical: 'Same as yours',
      differing: 'Different',
      newerInFile: 'Newer in the export',
    },
    table: {
      sessions: 'Workouts',
      symptoms: 'Symptoms',
    },
    newerNote:
      '“New” entries are not in your journal yet. Of the different ones, “Newer in the export” were changed later in the export than in your journal.',
    allThere: 'Every entry in this export is already in your journal as it is: merging adds nothing.',
  },
  merge: {
    button: 'Merge into my journal',
    hint: 'Merging adds the entries you don’t have, updates the ones changed later in the export, and keeps everything else in your journal as it is. Nothing is removed.',
    safety: 'A safety backup of your journal is taken first.',
    working: 'Merging…',
    close: 'Close',
    closed: 'Nothing was changed.',
    done: 'Merged: {{added}} added, {{updated}} updated, {{unchanged}} unchanged.',
    keptYours_one: '{{formatted}} entry kept as it is in your journal, where it was changed later.',
    keptYours_other: '{{formatted}} entries kept as they are in your journal, where they were changed later.',
    safetyTaken: 'A safety backup was taken first.',
    noSafety: 'Your journal had no entries, so no safety backup was needed.',
    failed: 'Nothing was changed: {{reason}}',
  },
};
