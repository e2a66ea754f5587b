import { BACKUP_FORMAT_ID } from '../backup-format';
import type { ExerciseSession, SymptomEntry } from '../domain/records';
import { AMOUNT_FACTORS } from '../domain/vocabulary';
import { MAX_FILE_LENGTH } from '../ipc-contract';
import { readCsvRecords } from './csv-records';
import { fhirBundleToJournal, FhirReadError, SESSION_IDENTIFIER_SYSTEM, SYMPTOM_IDENTIFIER_SYSTEM } from './fhir';
import type { FhirBundle } from './fhir-types';
import {
  parseJournalCsv,
  SESSION_CSV_COLUMNS,
  SYMPTOM_CSV_COLUMNS,
  type JournalCsvProblem,
  type SessionCsvColumn,
  type SymptomCsvColumn,
} from './journal-csv';

/**
 * Bringing the journal's own exports back in: the two CSV files (`sessionsToCsv`, `symptomsToCsv`)
 * chosen together, or one FHIR Bundle (`journalToFhirBundle`). Files are told apart by what they
 * hold, never by their names, which people and browsers change. Every reason a choice of files
 * can't be read has a code of its own; nothing is half-read: one problem and no row is used.
 */

/** The largest file read, in bytes: the largest file the app saves, so its exports always come back. */
export const MAX_EXPORT_FILE_BYTES = MAX_FILE_LENGTH;

export type CsvFileKind = 'sessions' | 'symptoms';

/** A chosen file, as its name (for messages only) and its bytes. */
export interface ExportFileInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Which part of a Bundle entry could not be read, in words a person knows. */
export type FhirEntryPart =
  | 'time'
  | 'activity'
  | 'duration'
  | 'factor'
  | 'sensation'
  | 'location'
  | 'severity'
  | 'onset'
  | 'warning-sign'
  | 'relief'
  | 'ongoing'
  | 'record-times';

/** What a Bundle entry holds, by its journal identifier. */
export type FhirEntryKind = 'workout' | 'symptom';

/**
 * Why the chosen files can't be brought back; `name` is the file's name as chosen, `entry` a
 * Bundle entry counted from 1:
 * - `no-file`: nothing was chosen.
 * - `too-many-files`: more than two files.
 * - `bundle-with-other`: a FHIR file together with another file.
 * - `csv-missing`: one journal CSV without the other (`missing` names the one to add).
 * - `same-csv-twice`: two workouts files, or two symptoms files.
 * - `too-large`, `empty`: as the words say; `not-text`: bytes that are not text (another kind of file).
 * - `not-an-export`: text that is neither journal CSV file nor JSON.
 * - `not-json`: begins like JSON but does not parse: damaged or cut off.
 * - `backup-file`: a journal backup, which has its own panel.
 * - `not-a-bundle`: JSON, but not a FHIR collection Bundle.
 * - `fhir-damaged`: a Bundle whose entries are not shaped as FHIR entries at all.
 * - `fhir-foreign-entry`: an Observation this journal did not write.
 * - `fhir-unreadable`: a journal entry missing a part, or with a part that can't be read.
 * - `fhir-invalid`: a journal entry that reads but breaks a rule of the journal (`field`).
 * - `fhir-duplicate-id`: an earlier entry of the same kind has this entry's id.
 * - `fhir-unknown-session`: a symptom linked to a workout the file does not hold.
 * - `no-entries`: readable files with no workout and no symptom in them.
 */
export type ExportFileProblem =
  | { readonly code: 'no-file' | 'too-many-files' | 'bundle-with-other' | 'no-entries' }
  | { readonly code: 'csv-missing'; readonly missing: CsvFileKind }
  | { readonly code: 'same-csv-twice'; readonly kind: CsvFileKind }
  | {
      readonly code:
        | 'too-large'
        | 'empty'
        | 'not-text'
        | 'not-an-export'
        | 'not-json'
        | 'backup-file'
        | 'not-a-bundle'
        | 'fhir-damaged';
      readonly name: string;
    }
  | { readonly code: 'fhir-foreign-entry'; readonly name: string; readonly entry: number }
  | {
      readonly code: 'fhir-unreadable';
      readonly name: string;
      readonly entry: number;
      readonly kind: FhirEntryKind;
      readonly part: FhirEntryPart | null;
    }
  | {
      readonly code: 'fhir-invalid';
      readonly name: string;
      readonly entry: number;
      readonly kind: FhirEntryKind;
      readonly field: string;
    }
  | {
      readonly code: 'fhir-duplicate-id' | 'fhir-unknown-session';
      readonly name: string;
      readonly entry: number;
      readonly kind: FhirEntryKind;
    };

export type ExportFileProblemCode = ExportFileProblem['code'];

/** Rows read, with the files they came from by kind. */
export type ExportReadSource =
  | { readonly format: 'csv'; readonly sessionsFile: string; readonly symptomsFile: string }
  | { readonly format: 'fhir'; readonly file: string };

export type ExportReadResult =
  | {
      readonly ok: true;
      readonly source: ExportReadSource;
      readonly sessions: readonly ExerciseSession[];
      readonly symptoms: readonly SymptomEntry[];
    }
  | {
      readonly ok: false;
      /** What is wrong with the choice or a file as a whole. */
      readonly problems: readonly ExportFileProblem[];
      /** Lines of the CSV files that were not read, in file then line order; none unless both files were read. */
      readonly csvProblems: readonly JournalCsvProblem[];
    };

// ---------------------------------------------------------------------------------------------
// Which file is which

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Control characters other than tab and line breaks: a binary file, or text in UTF-16. */
function looksBinary(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) return true;
  }
  return false;
}

/**
 * The file's text. The exports are UTF-8; a CSV opened and saved again in a spreadsheet on Windows
 * may be Windows-1252 instead, which is read as such rather than refused. A byte-order mark is dropped.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Share of a kind's columns the header holds. */
function shareOf(header: ReadonlySet<string>, columns: readonly string[]): number {
  return columns.filter((column) => header.has(column)).length / columns.length;
}

/**
 * Which journal CSV a text is, by its header row: the kind most of whose columns it holds (more
 * than half, and a larger share than of the other kind's). A file re-saved by a spreadsheet may
 * reorder columns or add its own; one missing a column still counts, and reading it says which.
 */
export function csvKindOf(text: string): CsvFileKind | null {
  const [header] = readCsvRecords(text);
  if (header === undefined) return null;
  const cells = new Set(header.cells.map((cell) => cell.trim()));
  const sessions = shareOf(cells, SESSION_CSV_COLUMNS);
  const symptoms = shareOf(cells, SYMPTOM_CSV_COLUMNS);
  if (sessions > 0.5 && sessions > symptoms) return 'sessions';
  if (symptoms > 0.5 && symptoms > sessions) return 'symptoms';
  return null;
}

type Recognised =
  | { readonly kind: 'csv'; readonly csv: CsvFileKind; readonly name: string; readonly text: string }
  | { readonly kind: 'json'; readonly name: string; readonly text: string }
  | { readonly kind: 'problem'; readonly problem: ExportFileProblem };

const JSON_START = /^\s*[{[]/;

function recognise(file: ExportFileInput): Recognised {
  const { name } = file;
  const problem = (code: 'too-large' | 'empty' | 'not-text' | 'not-an-export'): Recognised => ({
    kind: 'problem',
    problem: { code, name },
  });
  if (file.bytes.byteLength > MAX_EXPORT_FILE_BYTES) return problem('too-large');
  const text = decode(file.bytes).replace(/^\uFEFF/, '');
  if (looksBinary(text)) return problem('not-text');
  if (text.trim() === '') return problem('empty');
  if (JSON_START.test(text)) return { kind: 'json', name, text };
  const csv = csvKindOf(text);
  return csv === null ? problem('not-an-export') : { kind: 'csv', csv, name, text };
}

// ---------------------------------------------------------------------------------------------
// The FHIR Bundle

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The journal's names for the parts `fhirBundleToJournal` reports, by its `detail`. */
const FHIR_PARTS: Readonly<Record<string, FhirEntryPart>> = {
  effectiveDateTime: 'time',
  valueCodeableConcept: 'activity',
  'component 55411-3': 'duration',
  sensation: 'sensation',
  location: 'location',
  'component 64750-3': 'severity',
  'urn:exercise-symptom-journal:onset': 'onset',
  'urn:exercise-symptom-journal:warning-sign': 'warning-sign',
  'urn:exercise-symptom-journal:relief': 'relief',
  ongoing: 'ongoing',
  issued: 'record-times',
  'meta.lastUpdated': 'record-times',
  longestHoldMinutes: 'factor',
  repeatedMovements: 'factor',
  warmUp: 'factor',
  stretching: 'factor',
  waterMl: 'factor',
  electrolytes: 'factor',
  tightClothing: 'factor',
  cold: 'factor',
  gripTrainer: 'factor',
  sittingHours: 'factor',
};

const INVALID_ROW = /^invalid (?:workout|symptom): (.*)$/;

/** What an entry holds by its identifier, as `fhirBundleToJournal` tells: only Observations hold rows. */
function entryKind(bundle: Record<string, unknown>, index: number): FhirEntryKind | null {
  const entries = bundle['entry'];
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  const resource = isRecord(entry) ? entry['resource'] : undefined;
  if (!isRecord(resource) || resource['resourceType'] !== 'Observation') return null;
  const identifiers = resource['identifier'];
  const first: unknown = Array.isArray(identifiers) ? identifiers[0] : undefined;
  const system = isRecord(first) ? first['system'] : undefined;
  if (system === SESSION_IDENTIFIER_SYSTEM) return 'workout';
  if (system === SYMPTOM_IDENTIFIER_SYSTEM) return 'symptom';
  return null;
}

/** A FhirReadError in the journal's words. */
function fhirReadProblem(error: FhirReadError, name: string, bundle: Record<string, unknown>): ExportFileProblem {
  if (error.entryIndex === null) return { code: 'not-a-bundle', name };
  const entry = error.entryIndex + 1;
  if (error.detail === 'identifier') return { code: 'fhir-foreign-entry', name, entry };
  // The reader reads an entry's fields only once its identifier has named it a workout or a symptom.
  const kind = entryKind(bundle, error.entryIndex) === 'symptom' ? 'symptom' : 'workout';
  const invalid = INVALID_ROW.exec(error.detail);
  if (invalid) return { code: 'fhir-invalid', name, entry, kind, field: invalid[1] ?? '' };
  return { code: 'fhir-unreadable', name, entry, kind, part: FHIR_PARTS[error.detail] ?? null };
}

/** The Bundle's entries are FHIR-shaped: a list of objects, each with a resource that has a type. */
function hasEntryShape(bundle: Record<string, unknown>): boolean {
  const entries = bundle['entry'];
  if (entries === undefined) return true;
  return (
    Array.isArray(entries) &&
    entries.every((entry) => isRecord(entry) && isRecord(entry['resource']) && 'resourceType' in entry['resource'])
  );
}

/** Where each row came from in the Bundle: the entries holding journal rows, in order. */
function rowEntries(bundle: Record<string, unknown>): { workouts: number[]; symptoms: number[] } {
  const entries = bundle['entry'];
  const found = { workouts: [] as number[], symptoms: [] as number[] };
  if (!Array.isArray(entries)) return found;
  entries.forEach((_entry, index) => {
    const kind = entryKind(bundle, index);
    if (kind === 'workout') found.workouts.push(index + 1);
    if (kind === 'symptom') found.symptoms.push(index + 1);
  });
  return found;
}

function readBundle(name: string, text: string): ExportReadResult {
  const fail = (problem: ExportFileProblem): ExportReadResult => ({ ok: false, problems: [problem], csvProblems: [] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json', name });
  }
  if (!isRecord(data)) return fail({ code: 'not-a-bundle', name });
  if (data['format'] === BACKUP_FORMAT_ID) return fail({ code: 'backup-file', name });
  if (data['resourceType'] !== 'Bundle' || data['type'] !== 'collection') return fail({ code: 'not-a-bundle', name });
  if (!hasEntryShape(data)) return fail({ code: 'fhir-damaged', name });
  let rows: ReturnType<typeof fhirBundleToJournal>;
  try {
    // The shape checked above is what the reader walks; its own checks cover every field it reads.
    rows = fhirBundleToJournal(data as unknown as FhirBundle);
  } catch (error) {
    if (error instanceof FhirReadError) return fail(fhirReadProblem(error, name, data));
    // A part of an entry of the wrong JSON type (a component that is not a list) trips the reader.
    if (error instanceof TypeError) return fail({ code: 'fhir-damaged', name });
    throw error;
  }
  const { workouts, symptoms } = rowEntries(data);
  const problems: ExportFileProblem[] = [];
  // The journal keeps one row per id; a merge with two would fail as a whole, so say which first.
  const seen = (rows: readonly { id: string }[], entries: readonly number[], kind: 'workout' | 'symptom') => {
    const ids = new Set<string>();
    rows.forEach((row, index) => {
      if (ids.has(row.id)) problems.push({ code: 'fhir-duplicate-id', name, entry: entries[index] ?? 0, kind });
      ids.add(row.id);
    });
    return ids;
  };
  const sessionIds = seen(rows.sessions, workouts, 'workout');
  seen(rows.symptoms, symptoms, 'symptom');
  // As for the CSV files: a symptom comes back with its workout, so what is read can be stored as it is.
  rows.symptoms.forEach((symptom, index) => {
    if (symptom.sessionId !== null && !sessionIds.has(symptom.sessionId)) {
      problems.push({ code: 'fhir-unknown-session', name, entry: symptoms[index] ?? 0, kind: 'symptom' });
    }
  });
  if (problems.length > 0) return { ok: false, problems, csvProblems: [] };
  if (rows.sessions.length + rows.symptoms.length === 0) return fail({ code: 'no-entries' });
  return { ok: true, source: { format: 'fhir', file: name }, sessions: rows.sessions, symptoms: rows.symptoms };
}

// ---------------------------------------------------------------------------------------------
// The choice of files

/**
 * Reads the files a person chose as one of the journal's exports: both CSV files (in either order)
 * or one FHIR Bundle. Nothing is partly read: any problem, with a file or with one line of it,
 * and the result holds problems only.
 */
export function readJournalExport(files: readonly ExportFileInput[]): ExportReadResult {
  const fail = (problems: readonly ExportFileProblem[]): ExportReadResult => ({ ok: false, problems, csvProblems: [] });
  if (files.length === 0) return fail([{ code: 'no-file' }]);
  if (files.length > 2) return fail([{ code: 'too-many-files' }]);
  const recognised = files.map(recognise);
  const problems = recognised.flatMap((file) => (file.kind === 'problem' ? [file.problem] : []));
  if (problems.length > 0) return fail(problems);

  const json = recognised.find((file) => file.kind === 'json');
  if (json !== undefined)
    return files.length > 1 ? fail([{ code: 'bundle-with-other' }]) : readBundle(json.name, json.text);

  const csv = recognised.flatMap((file) => (file.kind === 'csv' ? [file] : []));
  const sessions = csv.find((file) => file.csv === 'sessions');
  const symptoms = csv.find((file) => file.csv === 'symptoms');
  if (csv.length === 2 && (sessions === undefined || symptoms === undefined)) {
    return fail([{ code: 'same-csv-twice', kind: csv[0]?.csv ?? 'sessions' }]);
  }
  if (sessions === undefined) return fail([{ code: 'csv-missing', missing: 'sessions' }]);
  if (symptoms === undefined) return fail([{ code: 'csv-missing', missing: 'symptoms' }]);

  const read = parseJournalCsv(sessions.text, symptoms.text);
  if (read.problems.length > 0) {
    const order = (problem: JournalCsvProblem) => (problem.file === 'sessions' ? 0 : 1);
    const sorted = [...read.problems].sort((a, b) => order(a) - order(b) || a.line - b.line);
    return { ok: false, problems: [], csvProblems: sorted };
  }
  if (read.sessions.length + read.symptoms.length === 0) return fail([{ code: 'no-entries' }]);
  return {
    ok: true,
    source: { format: 'csv', sessionsFile: sessions.name, symptomsFile: symptoms.name },
    sessions: read.sessions,
    symptoms: read.symptoms,
  };
}

// ---------------------------------------------------------------------------------------------
// Saying what a cell should hold

/** What a CSV cell holds, so a cell that can't be read is explained by what it should be. */
export type CsvValueKind = 'date-time' | 'whole-number' | 'yes-no' | 'list' | 'locations' | 'text';

const DATE_TIME_COLUMNS: readonly string[] = ['startedAt', 'notedAt'] satisfies (SessionCsvColumn | SymptomCsvColumn)[];
const NUMBER_COLUMNS: readonly string[] = [
  'utcOffsetMinutes',
  'durationMinutes',
  'intensity',
  'severity',
  'onset.afterMinutes',
  ...Object.keys(AMOUNT_FACTORS).map((factor) => `factors.${factor}`),
];
const LIST_COLUMNS: readonly string[] = ['sensations', 'warningSigns', 'helped'] satisfies SymptomCsvColumn[];

export function csvValueKind(column: string): CsvValueKind {
  if (DATE_TIME_COLUMNS.includes(column)) return 'date-time';
  if (NUMBER_COLUMNS.includes(column)) return 'whole-number';
  if (LIST_COLUMNS.includes(column)) return 'list';
  if (column === 'locations') return 'locations';
  // The other factors, `ongoing` and `worseWithActivity` are the yes/no columns.
  if (column.startsWith('factors.') || column === 'ongoing' || column === 'worseWithActivity') return 'yes-no';
  return 'text';
}
