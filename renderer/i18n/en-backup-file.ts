/** Backups a person saves and opens themselves, on the "Data in & out" screen. */
export const backupFileEn = {
  title: 'Your own backup',
  intro:
    'One file with your whole journal: workouts, symptoms, settings and imported articles. Keep it somewhere safe, such as a USB stick, or use it to move your journal to another computer.',
  count: {
    workouts_one: '{{formatted}} workout',
    workouts_other: '{{formatted}} workouts',
    symptoms_one: '{{formatted}} symptom',
    symptoms_other: '{{formatted}} symptoms',
  },
  export: {
    title: 'Save a backup',
    protect: 'Protect with a passphrase',
    protectHint: 'The file is encrypted: only someone who knows the passphrase can open it.',
    passphrase: 'Passphrase',
    repeat: 'Repeat the passphrase',
    warning:
      'Write the passphrase down and keep it somewhere safe. If you forget it, this backup can never be opened: nobody can recover the passphrase, not even the makers of this app.',
    save: 'Save a backup…',
    saving: 'Saving…',
    passphraseEmpty: 'Enter a passphrase, or untick “Protect with a passphrase”.',
    passphraseShort: 'Use at least 8 characters: a few words are easy to remember and hard to guess.',
    repeatEmpty: 'Type the passphrase a second time.',
    passphraseMismatch: 'The two passphrases are not the same. Type them again.',
    fileType: 'Journal backup',
    fileTypeEncrypted: 'Journal backup protected with a passphrase',
    saved: 'Saved {{file}}.',
    savedEncrypted: 'Saved {{file}}, protected with your passphrase.',
    empty: 'Your journal is empty, so there is nothing to back up yet.',
    cancelled: 'Nothing was saved.',
    failed: 'The backup could not be saved: {{reason}}',
    problem: {
      'passphrase-empty': 'Enter a passphrase, or untick “Protect with a passphrase”.',
      'too-large': 'Your journal is too large to save as one backup file (more than {{size}}), so no file was saved.',
    },
  },
  open: {
    title: 'Open a backup',
    intro:
      'Choose a backup file you saved. You see what is in it, and how it compares with your journal, before anything changes.',
    file: 'Backup file',
    fileHint:
      'A file named like journal-backup-2026-11-21.json, or journal-backup-2026-11-21.json.enc when it is protected with a passphrase.',
    reading: 'Reading the file…',
    read: 'Opened {{file}}. Check below what is in it, then choose what to do.',
    protected: '{{file}} is protected with a passphrase.',
    passphrase: 'Passphrase for this backup',
    passphraseHint: 'The passphrase that was chosen when the backup was saved.',
    passphraseEmpty: 'Enter the passphrase.',
    submit: 'Open',
    opening: 'Opening…',
    failed: 'The file could not be read: {{reason}}',
  },
  /** Why a file could not be opened; one message for each code of `BackupFileProblem`. */
  problem: {
    empty: 'This file is empty, so it is not a backup.',
    'too-large': 'This file is larger than {{size}}, so it is not a backup this app can open. Nothing was read.',
    truncated:
      'This backup is incomplete: it ends part of the way through, perhaps because copying or saving it was interrupted. Use another copy of it.',
    'not-json':
      'This is not a journal backup: its contents are not backup text. It may be another kind of file, or the backup is damaged.',
    'not-a-backup': 'This file is not a journal backup. Choose a file saved with “Save a backup…”.',
    'newer-format': 'This backup was made by a newer version of the app. Update the app, then open it again.',
    'newer-schema': 'This backup was made by a newer version of the app. Update the app, then open it again.',
    'invalid-rows': 'This backup has entries with problems, listed below, so it cannot be restored or merged.',
    'encrypted-header-damaged':
      'This protected backup is damaged: the start of the file was changed, so it cannot be opened. Use another copy of it.',
    'encrypted-header-invalid':
      'This protected backup uses a kind of encryption this version of the app does not know. Update the app, then open it again.',
    'iterations-too-low':
      'This protected backup is not safely encrypted, so it is not opened. It was not made by this app.',
    'iterations-too-high':
      'This protected backup asks for far more work to open than this app ever uses, so it is not opened. It was not made by this app.',
    'passphrase-required': 'This backup is protected with a passphrase. Enter it to open the backup.',
    'wrong-passphrase': 'That passphrase does not open this backup. Check it and try again.',
    'encrypted-data-damaged':
      'The passphrase is right, but the backup is damaged: part of it was changed or cut off. Use another copy of it.',
  },
  preview: {
    title: 'What is in {{file}}',
    made: 'Made',
    reason: 'Kind of backup',
    appVersion: 'App version',
    protection: 'Passphrase',
    protectedYes: 'Protected with a passphrase',
    protectedNo: 'Not protected',
    entries: 'Entries',
    entriesRange: 'From {{first}} to {{last}}',
    noEntries: 'No workouts or symptoms',
    unknown: 'Not recorded',
    tableTitle: 'Compared with your journal',
    column: {
      kind: 'Kind',
      rows: 'In the backup',
      invalid: 'With problems',
      new: 'New',
      identical: 'Same as yours',
      differing: 'Different',
      newerInFile: 'Newer in the backup',
      inJournal: 'In your journal now',
    },
    table: {
      sessions: 'Workouts',
      symptoms: 'Symptoms',
      settings: 'Settings',
      articles: 'Imported articles',
    },
    newerNote:
      '“New” entries are not in your journal yet. Of the different ones, “Newer in the backup” were changed later in the backup than in your journal.',
    settingsNote:
      'Settings have no change time, so a merge keeps yours; replacing your journal takes the backup’s settings.',
  },
  rows: {
    title: 'Entries with problems',
    more: 'The first {{shown}} of {{count}} problems are listed.',
    column: {
      kind: 'Kind',
      row: 'Entry no.',
      field: 'Field',
      problem: 'Problem',
    },
    file: 'The file itself',
    none: '–',
    wholeRow: 'The whole entry',
    'duplicate-id':
      'Another entry earlier in the backup has the same ID. The journal can keep only one of them, so the backup is damaged.',
  },
  apply: {
    replace: 'Replace my journal with this backup',
    replaceHint:
      'Everything in your journal now is removed, and the backup’s entries, settings and articles take its place.',
    merge: 'Merge into my journal',
    mergeHint:
      'Merging adds the backup’s entries you don’t have, updates the ones changed later in the backup, and keeps everything else in your journal as it is.',
    blocked:
      'Replace and merge are turned off: this backup has entries with problems (listed above), so nothing from it can be used. Your journal is unchanged. Use another copy of the backup if you have one.',
    close: 'Close',
    closed: 'Nothing was changed.',
    working: 'Working…',
    confirm: {
      title: 'Replace your journal with this backup?',
      body: 'Your journal now holds {{journalWorkouts}} and {{journalSymptoms}}. They are removed, with your settings and imported articles, and the backup’s {{fileWorkouts}} and {{fileSymptoms}} take their place.',
      safety:
        'A safety backup of your journal is taken first, so you can go back to it from Settings → Your data → Backups.',
      bodyEmpty:
        'Your journal has no entries, so there is nothing to keep: the backup’s {{fileWorkouts}} and {{fileSymptoms}}, with its settings and imported articles, become your journal.',
      confirm: 'Replace my journal',
    },
    replaced: 'Replaced: your journal now holds {{workouts}} and {{symptoms}} from the backup.',
    merged: 'Merged: {{added}} added, {{updated}} updated, {{unchanged}} unchanged.',
    keptYours_one: '{{formatted}} entry kept as it is in your journal, where it was changed later.',
    keptYours_other: '{{formatted}} entries kept as they are in your journal, where they were changed later.',
    safetyTaken: 'A safety backup was taken first.',
    noSafety: 'Your journal had no entries, so no safety backup was needed.',
    failed: 'Nothing was changed: {{reason}}',
  },
};
