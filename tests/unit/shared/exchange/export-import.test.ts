import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../../shared/backup-format';
import type { ExerciseSession, SymptomEntry } from '../../../../shared/domain/records';
import {
  csvKindOf,
  csvValueKind,
  MAX_EXPORT_FILE_BYTES,
  readJournalExport,
  type ExportFileInput,
  type ExportFileProblem,
  type ExportReadResult,
} from '../../../../shared/exchange/export-import';
import { journalToFhirBundle, type FhirBundle } from '../../../../shared/exchange/fhir';
import {
  SESSION_CSV_COLUMNS,
  sessionsToCsv,
  SYMPTOM_CSV_COLUMNS,
  symptomsToCsv,
} from '../../../../shared/exchange/journal-csv';
import { generateSampleJournal, sixMonthSample } from '../../../../shared/sample-data';
import { NOW, session, symptom } from '../fixtures';

const run = session({ factors: { ...session().factors, warmUp: true } });
const numb = symptom({
  sessionId: run.id,
  sensations: ['numbness'],
  ongoing: false,
  warningSigns: ['leg-paralysis'],
});
const alone = symptom({ notedAt: '2026-03-28T08:00:00.000Z' });
const journal = { sessions: [run], symptoms: [numb, alone] };

const encoder = new TextEncoder();
const file = (name: string, text: string): ExportFileInput => ({ name, bytes: encoder.encode(text) });
const sessionsFile = file('sessions-2026-03-29.csv', sessionsToCsv(journal.sessions));
const symptomsFile = file('symptoms-2026-03-29.csv', symptomsToCsv(journal.symptoms));
const bundle = journalToFhirBundle({ ...journal, generatedAt: NOW });
const bundleFile = (value: unknown = bundle) => file('journal-fhir-2026-03-29.json', JSON.stringify(value, null, 2));

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

function expectRows(result: ExportReadResult, rows: { sessions: ExerciseSession[]; symptoms: SymptomEntry[] }) {
  if (!result.ok) throw new Error(`Expected rows, got ${JSON.stringify(result)}`);
  expect(byId(result.sessions)).toEqual(byId(rows.sessions));
  expect(byId(result.symptoms)).toEqual(byId(rows.symptoms));
}

function problemsOf(files: readonly ExportFileInput[]): readonly ExportFileProblem[] {
  const result = readJournalExport(files);
  if (result.ok) throw new Error('Expected problems');
  return result.problems;
}

interface LooseComponent {
  code: { coding?: { system: string; code: string }[] };
  valueInteger?: number;
  valueBoolean?: boolean;
  valueCodeableConcept?: { coding?: { system: string; code: string }[]; text?: string };
}
interface LooseObservation {
  identifier?: { system: string; value: string }[];
  effectiveDateTime?: string;
  issued?: string;
  valueCodeableConcept?: unknown;
  component?: LooseComponent[];
}
interface LooseBundle {
  entry: { resource: LooseObservation }[];
}

/** The Bundle as JSON with one change; entries are workouts first, then symptoms by time. */
function edited(edit: (copy: LooseBundle) => void): ExportFileInput {
  const copy = JSON.parse(JSON.stringify(bundle)) as LooseBundle;
  edit(copy);
  return bundleFile(copy);
}

function entryOf(copy: LooseBundle, id: string): LooseObservation {
  const found = copy.entry.find((entry) => entry.resource.identifier?.[0]?.value === id)?.resource;
  if (found === undefined) throw new Error(`No entry for ${id}`);
  return found;
}

function componentOf(observation: LooseObservation, code: string): LooseComponent {
  const found = observation.component?.find((component) => component.code.coding?.some((c) => c.code === code));
  if (found === undefined) throw new Error(`No component ${code}`);
  return found;
}

function withoutComponent(observation: LooseObservation, code: string): void {
  observation.component = (observation.component ?? []).filter(
    (component) => !(component.code.coding?.some((c) => c.code === code) ?? false),
  );
}

/** The journal id of each entry of a Bundle, in order. */
function ids(of: FhirBundle): (string | undefined)[] {
  return (of.entry ?? []).map((entry) =>
    entry.resource.resourceType === 'Observation' ? entry.resource.identifier?.[0]?.value : undefined,
  );
}

/** 1-based entry of a row in the Bundle. */
function entryNumber(id: string): number {
  return ids(bundle).indexOf(id) + 1;
}

describe('csvKindOf', () => {
  it('tells the two files apart by their header row', () => {
    expect(csvKindOf(sessionsToCsv([run]))).toBe('sessions');
    expect(csvKindOf(symptomsToCsv([numb]))).toBe('symptoms');
    expect(csvKindOf(`${SESSION_CSV_COLUMNS.join(',')}\r\n`)).toBe('sessions');
  });

  it('knows a file a spreadsheet re-saved: columns reordered, one added, one lost', () => {
    const columns = [...SYMPTOM_CSV_COLUMNS].reverse().filter((column) => column !== 'helped');
    expect(csvKindOf(`My note,${columns.join(',')}\n`)).toBe('symptoms');
  });

  it('knows no other CSV', () => {
    expect(csvKindOf('Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time\n1,2,3,4,5\n')).toBeNull();
    expect(csvKindOf('id,notes,source,createdAt,updatedAt\n')).toBeNull();
    expect(csvKindOf('')).toBeNull();
  });
});

describe('readJournalExport: the CSV files', () => {
  it('reads both files back, whichever order they were chosen in, names ignored', () => {
    const result = readJournalExport([symptomsFile, sessionsFile]);
    expectRows(result, journal);
    expect(result.ok && result.source).toEqual({
      format: 'csv',
      sessionsFile: sessionsFile.name,
      symptomsFile: symptomsFile.name,
    });
    const renamed = readJournalExport([
      { ...sessionsFile, name: 'b.csv' },
      { ...symptomsFile, name: 'a.csv' },
    ]);
    expectRows(renamed, journal);
  });

  it('reads half a year of sample data back, every field', () => {
    const sample = generateSampleJournal(sixMonthSample(NOW));
    const result = readJournalExport([
      file('s.csv', sessionsToCsv(sample.sessions)),
      file('y.csv', symptomsToCsv(sample.symptoms)),
    ]);
    expectRows(result, { sessions: sample.sessions, symptoms: sample.symptoms });
  });

  it('reads a file a spreadsheet saved in Windows-1252', () => {
    const accented = session({ activity: 'Randonnée', notes: 'Froid aux mains' });
    const text = sessionsToCsv([accented]).replace(/^\uFEFF/, '');
    const bytes = Uint8Array.from([...text].map((char) => (char === 'é' ? 0xe9 : char.charCodeAt(0))));
    expectRows(readJournalExport([{ name: 's.csv', bytes }, file('y.csv', symptomsToCsv([]))]), {
      sessions: [accented],
      symptoms: [],
    });
  });

  it('asks for the other file when only one was chosen', () => {
    expect(problemsOf([sessionsFile])).toEqual([{ code: 'csv-missing', missing: 'symptoms' }]);
    expect(problemsOf([symptomsFile])).toEqual([{ code: 'csv-missing', missing: 'sessions' }]);
  });

  it('refuses the same kind of file twice, and more than two files', () => {
    expect(problemsOf([sessionsFile, { ...sessionsFile, name: 'copy.csv' }])).toEqual([
      { code: 'same-csv-twice', kind: 'sessions' },
    ]);
    expect(problemsOf([sessionsFile, symptomsFile, bundleFile()])).toEqual([{ code: 'too-many-files' }]);
    expect(problemsOf([])).toEqual([{ code: 'no-file' }]);
  });

  it('lists every line that can’t be read, by file and line, and reads no row', () => {
    const earlier = session({ startedAt: '2026-03-20T09:15:00.000Z' });
    const broken = sessionsToCsv([run, earlier]).split('\r\n');
    broken[1] = (broken[1] ?? '').replace(',45,', ',2000,');
    const symptomLines = symptomsToCsv(journal.symptoms).split('\r\n');
    symptomLines[1] = (symptomLines[1] ?? '').replace('T', ' ');
    const result = readJournalExport([file('s.csv', broken.join('\r\n')), file('y.csv', symptomLines.join('\r\n'))]);
    expect(result).toEqual({
      ok: false,
      problems: [],
      csvProblems: [
        {
          file: 'sessions',
          line: 2,
          code: 'invalid-record',
          column: 'durationMinutes',
          validation: 'validation.durationRange',
        },
        { file: 'symptoms', line: 2, code: 'invalid-value', column: 'notedAt' },
      ],
    });
  });

  it('refuses files that hold no entries', () => {
    expect(problemsOf([file('s.csv', sessionsToCsv([])), file('y.csv', symptomsToCsv([]))])).toEqual([
      { code: 'no-entries' },
    ]);
  });
});

describe('readJournalExport: files that are no export', () => {
  it('names each file that is empty, not text, too large or another CSV', () => {
    const random = Uint8Array.from({ length: 512 }, (_, index) => (index * 7919 + 13) % 256);
    expect(problemsOf([{ name: 'noise.bin', bytes: random }])).toEqual([{ code: 'not-text', name: 'noise.bin' }]);
    expect(problemsOf([file('blank.csv', ' \r\n'), sessionsFile])).toEqual([{ code: 'empty', name: 'blank.csv' }]);
    expect(problemsOf([file('strava.csv', 'Activity ID,Activity Date\n1,2\n'), symptomsFile])).toEqual([
      { code: 'not-an-export', name: 'strava.csv' },
    ]);
    expect(problemsOf([{ name: 'huge.csv', bytes: new Uint8Array(MAX_EXPORT_FILE_BYTES + 1) }])).toEqual([
      { code: 'too-large', name: 'huge.csv' },
    ]);
  });
});

describe('readJournalExport: the FHIR Bundle', () => {
  it('reads the Bundle back, every field', () => {
    const result = readJournalExport([bundleFile()]);
    expectRows(result, journal);
    expect(result.ok && result.source).toEqual({ format: 'fhir', file: 'journal-fhir-2026-03-29.json' });
  });

  it('takes a Bundle alone only', () => {
    expect(problemsOf([bundleFile(), sessionsFile])).toEqual([{ code: 'bundle-with-other' }]);
  });

  it('tells JSON that is not a Bundle apart from text that is not JSON, and a backup from both', () => {
    const name = 'journal-fhir-2026-03-29.json';
    expect(problemsOf([file(name, '{"resourceType": "Bundle", "type": "coll')])).toEqual([{ code: 'not-json', name }]);
    expect(problemsOf([bundleFile({ hello: 'world' })])).toEqual([{ code: 'not-a-bundle', name }]);
    expect(problemsOf([bundleFile([1, 2])])).toEqual([{ code: 'not-a-bundle', name }]);
    expect(problemsOf([bundleFile({ ...bundle, type: 'document' })])).toEqual([{ code: 'not-a-bundle', name }]);
    const backup = createBackup(
      { ...journal, settings: [], articles: [] },
      { schemaVersion: 1, appVersion: '1', createdAt: NOW, reason: 'manual' },
    );
    expect(problemsOf([file(name, serializeBackup(backup))])).toEqual([{ code: 'backup-file', name }]);
  });

  it('calls a Bundle whose entries are not FHIR-shaped damaged', () => {
    const name = 'journal-fhir-2026-03-29.json';
    expect(problemsOf([bundleFile({ ...bundle, entry: [1] })])).toEqual([{ code: 'fhir-damaged', name }]);
    expect(problemsOf([bundleFile({ ...bundle, entry: 'x' })])).toEqual([{ code: 'fhir-damaged', name }]);
    const notAList = edited((copy) => {
      Object.assign(entryOf(copy, run.id), { component: 'x' });
    });
    expect(problemsOf([notAList])).toEqual([{ code: 'fhir-damaged', name }]);
  });

  it('names the entry, its kind and the part that can’t be read, for every part', () => {
    const name = 'journal-fhir-2026-03-29.json';
    const cases: [string, (copy: LooseBundle) => void, string, 'workout' | 'symptom'][] = [
      ['time', (copy) => (entryOf(copy, run.id).effectiveDateTime = 'yesterday'), run.id, 'workout'],
      ['activity', (copy) => delete entryOf(copy, run.id).valueCodeableConcept, run.id, 'workout'],
      ['duration', (copy) => withoutComponent(entryOf(copy, run.id), '55411-3'), run.id, 'workout'],
      ['factor', (copy) => delete componentOf(entryOf(copy, run.id), 'warmUp').valueBoolean, run.id, 'workout'],
      ['record-times', (copy) => delete entryOf(copy, numb.id).issued, numb.id, 'symptom'],
      ['severity', (copy) => withoutComponent(entryOf(copy, numb.id), '64750-3'), numb.id, 'symptom'],
      ['ongoing', (copy) => withoutComponent(entryOf(copy, numb.id), 'ongoing'), numb.id, 'symptom'],
      [
        'sensation',
        (copy) => (componentOf(entryOf(copy, numb.id), '75325-1').valueCodeableConcept = {}),
        numb.id,
        'symptom',
      ],
      [
        'location',
        (copy) => {
          const place = componentOf(entryOf(copy, numb.id), 'location').valueCodeableConcept?.coding?.[0];
          if (place) place.code = 'nose:left';
        },
        numb.id,
        'symptom',
      ],
      [
        'warning-sign',
        (copy) => {
          const sign = componentOf(entryOf(copy, numb.id), 'warningSign').valueCodeableConcept?.coding?.[0];
          if (sign) sign.code = 'unheard-of';
        },
        numb.id,
        'symptom',
      ],
    ];
    for (const [part, edit, id, kind] of cases) {
      expect(problemsOf([edited(edit)]), part).toEqual([
        { code: 'fhir-unreadable', name, entry: entryNumber(id), kind, part },
      ]);
    }
  });

  it('names the field of an entry that breaks a journal rule', () => {
    const tooSevere = edited((copy) => (componentOf(entryOf(copy, numb.id), '64750-3').valueInteger = 11));
    expect(problemsOf([tooSevere])).toEqual([
      {
        code: 'fhir-invalid',
        name: 'journal-fhir-2026-03-29.json',
        entry: entryNumber(numb.id),
        kind: 'symptom',
        field: 'severity',
      },
    ]);
  });

  it('refuses an Observation it did not write, a repeated id and a symptom without its workout', () => {
    const name = 'journal-fhir-2026-03-29.json';
    const foreign = edited((copy) => delete entryOf(copy, alone.id).identifier);
    expect(problemsOf([foreign])).toEqual([{ code: 'fhir-foreign-entry', name, entry: entryNumber(alone.id) }]);

    const twice = journalToFhirBundle({ ...journal, symptoms: [...journal.symptoms, numb], generatedAt: NOW });
    expect(problemsOf([bundleFile(twice)])).toEqual([
      { code: 'fhir-duplicate-id', name, entry: ids(twice).lastIndexOf(numb.id) + 1, kind: 'symptom' },
    ]);

    const orphan = journalToFhirBundle({ sessions: [], symptoms: [numb], generatedAt: NOW });
    expect(problemsOf([bundleFile(orphan)])).toEqual([
      { code: 'fhir-unknown-session', name, entry: 1, kind: 'symptom' },
    ]);
  });

  it('refuses a Bundle without entries', () => {
    const empty: FhirBundle = journalToFhirBundle({ sessions: [], symptoms: [], generatedAt: NOW });
    expect(problemsOf([bundleFile(empty)])).toEqual([{ code: 'no-entries' }]);
  });
});

describe('csvValueKind', () => {
  it('says what each column holds', () => {
    expect(csvValueKind('startedAt')).toBe('date-time');
    expect(csvValueKind('notedAt')).toBe('date-time');
    expect(csvValueKind('severity')).toBe('whole-number');
    expect(csvValueKind('factors.waterMl')).toBe('whole-number');
    expect(csvValueKind('factors.warmUp')).toBe('yes-no');
    expect(csvValueKind('ongoing')).toBe('yes-no');
    expect(csvValueKind('sensations')).toBe('list');
    expect(csvValueKind('locations')).toBe('locations');
    expect(csvValueKind('activity')).toBe('text');
  });
});
