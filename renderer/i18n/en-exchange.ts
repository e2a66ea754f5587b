/** The "Data in & out" screen: exports, backups a person keeps themselves, and workout imports. */
export const exchangeEn = {
  title: 'Data in & out',
  intro:
    'Your journal is yours. Take it out in open formats, keep your own backup, move it to another computer, or bring in the workouts you already record elsewhere.',
  export: {
    title: 'Export',
    intro: 'Each file holds every entry, with every field.',
    csv: 'Spreadsheet (CSV, 2 files)…',
    csvHint:
      'sessions.csv and symptoms.csv, one row per entry, with every field. Times carry their UTC offset; lists are separated by “; ”.',
    fhir: 'Health record (FHIR R4)',
    fhirHint:
      'A FHIR R4 Bundle of observations, the format health record systems exchange. Marked as patient-reported.',
    empty: 'Your journal is empty, so there is nothing to export yet.',
    saved: 'Saved {{file}}.',
    savedPair: 'Saved {{sessions}} (workouts) and {{symptoms}} (symptoms).',
    printDialog: 'The print dialog is open: choose “Save as PDF” or a printer.',
    cancelled: 'Nothing was saved.',
    failed: 'The file could not be saved: {{reason}}',
  },
  fhirField: {
    intensity: 'Intensity (RPE 1–10)',
    longestHoldMinutes: 'Longest hold',
    repeatedMovements: 'Repeated movements',
    warmUp: 'Warm-up',
    stretching: 'Stretching',
    waterMl: 'Water drunk',
    electrolytes: 'Electrolytes replaced',
    tightClothing: 'Tight clothing or rings',
    cold: 'Cold, or dressed too lightly',
    gripTrainer: 'Grip trainer used',
    sittingHours: 'Hours of sitting that day',
    location: 'Where it was felt',
    onset: 'When it started',
    onsetAfterMinutes: 'Minutes after the workout',
    durationMinutes: 'How long it lasted',
    ongoing: 'Still going',
    worseWithActivity: 'Worse with activity',
    warningSign: 'Warning sign',
  },
};
