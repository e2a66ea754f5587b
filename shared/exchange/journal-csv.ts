import Papa from 'papaparse';
import type { z } from 'zod';
import { wallClockDate } from '../domain/local-time';
import {
  exerciseSessionSchema,
  sessionFactorsSchema,
  symptomEntrySchema,
  validateWith,
  type ExerciseSession,
  type SessionFactors,
  type SymptomEntry,
} from '../domain/records';
import { AMOUNT_FACTORS, type AmountFactor } from '../domain/vocabulary';
import { BYTE_ORDER_MARK, readCsvRecords } from './csv-records';

/**
 * The journal as two CSV files, workouts and symptoms, that open in any spreadsheet and read back
 * into the app without losing a field.
 *
 * The text follows RFC 4180: a header row, one record per line, every line ending in CRLF, and
 * fields quoted (by papaparse) when they hold a comma, a quote, a line break or outer spaces. It
 * starts with a UTF-8 byte-order mark (U+FEFF) because Excel reads a CSV without one in the
 * computer's legacy code page and garbles accents and emoji; callers write the string as UTF-8.
 * Rows are in time order, oldest first.
 *
 * Column names are the records' field paths (`factors.warmUp`, `onset.kind`): a stable format,
 * never translated, so a file reads back whichever language it was written in. Cells:
 * - empty means "not recorded" (null); yes/no fields are `yes` or `no`; numbers are whole numbers.
 * - `startedAt` / `notedAt` are the local time the person lived, with its offset, such as
 *   `2026-03-01T18:30:00+01:00` (milliseconds only when there are any); `utcOffsetMinutes` repeats
 *   the offset as a number. Read back, the instant has the canonical UTC form `…T17:30:00.000Z`.
 * - `createdAt` / `updatedAt` are UTC instants, exactly as stored.
 * - Lists (`sensations`, `locations`, `warningSigns`, `helped`) join their items with `; `. Inside an
 *   item `\` is written `\\` and `;` is written `\;`, so a sensation typed as "pins; needles" stays one
 *   item. A location is `region:side`, such as `foot:left`.
 * - Cells holding text the person typed (`activity`, `sensations`, `notes`) that begin with `=`, `+`,
 *   `-`, `@`, a tab, a carriage return or `'` get a `'` in front: spreadsheets run cells beginning with
 *   the first six as formulas (CSV injection), and escaping `'` too keeps the rule reversible, since
 *   reading drops exactly one leading `'`. papaparse's `escapeFormulae` does not escape `'`, so a note
 *   that began with `'=` would not come back as typed.
 */

const FACTOR_KEYS = sessionFactorsSchema.keyof().options;
type FactorKey = keyof SessionFactors;
type FactorColumn = `factors.${FactorKey}`;

export const SESSION_CSV_COLUMNS = [
  'id',
  'startedAt',
  'utcOffsetMinutes',
  'activity',
  'durationMinutes',
  'intensity',
  ...FACTOR_KEYS.map((key): FactorColumn => `factors.${key}`),
  'notes',
  'source',
  'createdAt',
  'updatedAt',
] as const;
export type SessionCsvColumn = (typeof SESSION_CSV_COLUMNS)[number];

export const SYMPTOM_CSV_COLUMNS = [
  'id',
  'notedAt',
  'utcOffsetMinutes',
  'sessionId',
  'sensations',
  'locations',
  'severity',
  'onset.kind',
  'onset.afterMinutes',
  'durationMinutes',
  'ongoing',
  'worseWithActivity',
  'warningSigns',
  'helped',
  'notes',
  'source',
  'createdAt',
  'updatedAt',
] as const;
export type SymptomCsvColumn = (typeof SYMPTOM_CSV_COLUMNS)[number];

/**
 * Why a row of a journal CSV was not read back:
 * - `missing-column`: the header row lacks `column` (also for an empty file); no row of that file is read.
 * - `malformed-row`: broken quoting, or a different number of cells than the header has.
 * - `invalid-value`: the cell in `column` can't be read (not a number, not yes/no, not a date, a bad list).
 * - `offset-mismatch`: the offset written in the local time disagrees with `utcOffsetMinutes`.
 * - `invalid-record`: the row reads, but breaks a rule of the journal; `validation` holds the same
 *   `validation.*` message key the forms show for that field, `column` the field.
 * - `duplicate-id`: an earlier row of the same file has this row's id.
 * - `unknown-session`: a symptom is linked to a workout that is not among the workouts read.
 */
export type JournalCsvProblemCode =
  | 'missing-column'
  | 'malformed-row'
  | 'invalid-value'
  | 'offset-mismatch'
  | 'invalid-record'
  | 'duplicate-id'
  | 'unknown-session';

export interface JournalCsvProblem {
  readonly file: 'sessions' | 'symptoms';
  /** 1-based line in that file where the row starts; 1 for a header problem. */
  readonly line: number;
  readonly code: JournalCsvProblemCode;
  readonly column?: string;
  readonly validation?: string;
}

export interface JournalCsvContents {
  readonly sessions: ExerciseSession[];
  readonly symptoms: SymptomEntry[];
  readonly problems: JournalCsvProblem[];
}

// ---------------------------------------------------------------------------------------------
// Writing

const LIST_SEPARATOR = '; ';
const FORMULA_START = /^[=+\-@\t\r']/;

function typedText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function listCell(items: readonly string[]): string {
  return items.map((item) => item.replaceAll('\\', '\\\\').replaceAll(';', '\\;')).join(LIST_SEPARATOR);
}

function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

function yesNoCell(value: boolean | null): string {
  return value === null ? '' : value ? 'yes' : 'no';
}

function factorCell(value: SessionFactors[FactorKey]): string {
  return typeof value === 'boolean' ? yesNoCell(value) : numberCell(value);
}

function offsetText(utcOffsetMinutes: number): string {
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(utcOffsetMinutes);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function localTimeCell(instant: string, utcOffsetMinutes: number): string {
  const wall = wallClockDate({ instant, utcOffsetMinutes });
  const milliseconds = wall.getUTCMilliseconds();
  const fraction = milliseconds === 0 ? '' : `.${String(milliseconds).padStart(3, '0')}`;
  return `${wall.toISOString().slice(0, 19)}${fraction}${offsetText(utcOffsetMinutes)}`;
}

function sessionCells(session: ExerciseSession): Record<SessionCsvColumn, string> {
  const factorCells = Object.fromEntries(
    FACTOR_KEYS.map((key) => [`factors.${key}`, factorCell(session.factors[key])]),
  ) as Record<FactorColumn, string>;
  return {
    id: session.id,
    startedAt: localTimeCell(session.startedAt, session.utcOffsetMinutes),
    utcOffsetMinutes: numberCell(session.utcOffsetMinutes),
    activity: typedText(session.activity),
    durationMinutes: numberCell(session.durationMinutes),
    intensity: numberCell(session.intensity),
    ...factorCells,
    notes: typedText(session.notes),
    source: session.source,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
  };
}

function symptomCells(symptom: SymptomEntry): Record<SymptomCsvColumn, string> {
  return {
    id: symptom.id,
    notedAt: localTimeCell(symptom.notedAt, symptom.utcOffsetMinutes),
    utcOffsetMinutes: numberCell(symptom.utcOffsetMinutes),
    sessionId: symptom.sessionId ?? '',
    sensations: typedText(listCell(symptom.sensations)),
    locations: listCell(symptom.locations.map((location) => `${location.region}:${location.side}`)),
    severity: numberCell(symptom.severity),
    'onset.kind': symptom.onset?.kind ?? '',
    'onset.afterMinutes': numberCell(symptom.onset?.afterMinutes ?? null),
    durationMinutes: numberCell(symptom.durationMinutes),
    ongoing: yesNoCell(symptom.ongoing),
    worseWithActivity: yesNoCell(symptom.worseWithActivity),
    warningSigns: listCell(symptom.warningSigns),
    helped: listCell(symptom.helped),
    notes: typedText(symptom.notes),
    source: symptom.source,
    createdAt: symptom.createdAt,
    updatedAt: symptom.updatedAt,
  };
}

function toCsv<R extends { readonly id: string }, C extends string>(
  records: readonly R[],
  columns: readonly C[],
  instantOf: (record: R) => string,
  cellsOf: (record: R) => Record<C, string>,
): string {
  const ordered = records
    .map((record) => ({ record, time: Date.parse(instantOf(record)) }))
    .sort((a, b) => a.time - b.time || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  const rows = ordered.map(({ record }) => {
    const cells = cellsOf(record);
    return columns.map((column) => cells[column]);
  });
  // papaparse puts CRLF between records; the last one gets its own, as RFC 4180 allows and editors expect.
  return `${BYTE_ORDER_MARK}${Papa.unparse([[...columns], ...rows], { newline: '\r\n' })}\r\n`;
}

/** Every workout as CSV text (see the module comment for the format). */
export function sessionsToCsv(sessions: readonly ExerciseSession[]): string {
  return toCsv(sessions, SESSION_CSV_COLUMNS, (session) => session.startedAt, sessionCells);
}

/** Every symptom entry as CSV text (see the module comment for the format). */
export function symptomsToCsv(symptoms: readonly SymptomEntry[]): string {
  return toCsv(symptoms, SYMPTOM_CSV_COLUMNS, (symptom) => symptom.notedAt, symptomCells);
}

// ---------------------------------------------------------------------------------------------
// Reading

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?([+-])(\d{2}):(\d{2})$/;
const WHOLE_NUMBER = /^-?\d+$/;

function isAmountFactor(key: FactorKey): key is AmountFactor {
  return key in AMOUNT_FACTORS;
}

/** Reads one row's cells by column name, remembering the first cell that could not be read. */
class RowReader<C extends string> {
  problem: { readonly code: 'invalid-value' | 'offset-mismatch'; readonly column: C } | undefined;

  constructor(
    private readonly cells: readonly string[],
    private readonly indexOf: ReadonlyMap<C, number>,
  ) {}

  text(column: C): string {
    const index = this.indexOf.get(column);
    return index === undefined ? '' : (this.cells[index] ?? '');
  }

  nullableText(column: C): string | null {
    const text = this.text(column);
    return text === '' ? null : text;
  }

  typedText(column: C): string {
    const text = this.text(column);
    return text.startsWith("'") ? text.slice(1) : text;
  }

  number(column: C): number | null {
    const text = this.text(column);
    if (text === '') return null;
    return WHOLE_NUMBER.test(text) ? Number(text) : this.fail(column);
  }

  yesNo(column: C): boolean | null {
    const text = this.text(column);
    if (text === '') return null;
    if (text === 'yes' || text === 'no') return text === 'yes';
    return this.fail(column);
  }

  list(column: C, typed = false): string[] {
    const text = typed ? this.typedText(column) : this.text(column);
    if (text === '') return [];
    const items: string[] = [];
    let item = '';
    for (let i = 0; i < text.length; i++) {
      const char = text[i] as string;
      if (char === '\\') {
        const escaped = text[++i];
        if (escaped === undefined) {
          this.fail(column);
          return [];
        }
        item += escaped;
      } else if (char === ';') {
        items.push(item);
        item = '';
        // Labels are stored trimmed, so the one space after a separator is never part of an item.
        if (text[i + 1] === ' ') i++;
      } else {
        item += char;
      }
    }
    items.push(item);
    return items;
  }

  /** A list of `region:side` items. */
  locations(column: C): { region: string; side: string }[] | null {
    const locations = [];
    for (const item of this.list(column)) {
      const parts = item.split(':');
      if (parts.length !== 2) return this.fail(column);
      const [region, side] = parts as [string, string];
      locations.push({ region, side });
    }
    return locations;
  }

  /** A local time with its offset, checked against the offset column; the instant comes back in UTC. */
  stamp(column: C, offsetColumn: C): { instant: string | null; utcOffsetMinutes: number | null } {
    const utcOffsetMinutes = this.number(offsetColumn);
    const text = this.text(column);
    const match = LOCAL_TIME.exec(text);
    if (!match) return { instant: text === '' ? null : this.fail(column), utcOffsetMinutes };
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second, Number(match[7] ?? 0)));
    const isRealTime =
      wall.getUTCFullYear() === year &&
      wall.getUTCMonth() === month - 1 &&
      wall.getUTCDate() === day &&
      wall.getUTCHours() === hour &&
      wall.getUTCMinutes() === minute &&
      wall.getUTCSeconds() === second;
    if (!isRealTime) return { instant: this.fail(column), utcOffsetMinutes };
    const writtenOffset = (match[8] === '-' ? -1 : 1) * (Number(match[9]) * 60 + Number(match[10]));
    if (utcOffsetMinutes !== null && utcOffsetMinutes !== writtenOffset) {
      this.problem ??= { code: 'offset-mismatch', column: offsetColumn };
    }
    return { instant: new Date(wall.getTime() - writtenOffset * 60_000).toISOString(), utcOffsetMinutes };
  }

  private fail(column: C): null {
    this.problem ??= { code: 'invalid-value', column };
    return null;
  }
}

function readSession(row: RowReader<SessionCsvColumn>): unknown {
  const stamp = row.stamp('startedAt', 'utcOffsetMinutes');
  const factors = Object.fromEntries(
    FACTOR_KEYS.map((key) => {
      const column: FactorColumn = `factors.${key}`;
      return [key, isAmountFactor(key) ? row.number(column) : row.yesNo(column)];
    }),
  );
  return {
    id: row.text('id'),
    startedAt: stamp.instant,
    utcOffsetMinutes: stamp.utcOffsetMinutes,
    activity: row.typedText('activity'),
    durationMinutes: row.number('durationMinutes'),
    intensity: row.number('intensity'),
    factors,
    notes: row.typedText('notes'),
    source: row.text('source'),
    createdAt: row.text('createdAt'),
    updatedAt: row.text('updatedAt'),
  };
}

function readSymptom(row: RowReader<SymptomCsvColumn>): unknown {
  const stamp = row.stamp('notedAt', 'utcOffsetMinutes');
  const onsetKind = row.nullableText('onset.kind');
  const afterMinutes = row.number('onset.afterMinutes');
  return {
    id: row.text('id'),
    notedAt: stamp.instant,
    utcOffsetMinutes: stamp.utcOffsetMinutes,
    sessionId: row.nullableText('sessionId'),
    sensations: row.list('sensations', true),
    locations: row.locations('locations'),
    severity: row.number('severity'),
    onset: onsetKind === null && afterMinutes === null ? null : { kind: onsetKind, afterMinutes },
    durationMinutes: row.number('durationMinutes'),
    ongoing: row.yesNo('ongoing'),
    worseWithActivity: row.yesNo('worseWithActivity'),
    warningSigns: row.list('warningSigns'),
    helped: row.list('helped'),
    notes: row.typedText('notes'),
    source: row.text('source'),
    createdAt: row.text('createdAt'),
    updatedAt: row.text('updatedAt'),
  };
}

interface TableSpec<C extends string, R extends { readonly id: string }> {
  readonly file: JournalCsvProblem['file'];
  readonly columns: readonly C[];
  readonly schema: z.ZodType<R>;
  readonly read: (row: RowReader<C>) => unknown;
}

interface ReadRecord<R> {
  readonly record: R;
  readonly line: number;
}

function parseTable<C extends string, R extends { readonly id: string }>(
  text: string,
  spec: TableSpec<C, R>,
  problems: JournalCsvProblem[],
): ReadRecord<R>[] {
  const { file } = spec;
  const [header, ...rows] = readCsvRecords(text);
  const indexOf = new Map<C, number>();
  for (const column of spec.columns) {
    const index = header?.cells.indexOf(column) ?? -1;
    if (index === -1) {
      problems.push({ file, line: 1, code: 'missing-column', column });
      return [];
    }
    indexOf.set(column, index);
  }
  const width = header?.cells.length ?? 0;
  const seen = new Set<string>();
  const records: ReadRecord<R>[] = [];
  for (const { line, cells, malformed } of rows) {
    if (malformed || cells.length !== width) {
      problems.push({ file, line, code: 'malformed-row' });
      continue;
    }
    const row = new RowReader(cells, indexOf);
    const draft = spec.read(row);
    if (row.problem) {
      problems.push({ file, line, ...row.problem });
      continue;
    }
    const checked = validateWith(spec.schema, draft);
    if (!checked.ok) {
      const [field = 'form', validation = 'validation.invalid'] = Object.entries(checked.fieldErrors)[0] ?? [];
      problems.push({ file, line, code: 'invalid-record', ...(field === 'form' ? {} : { column: field }), validation });
      continue;
    }
    if (seen.has(checked.value.id)) {
      problems.push({ file, line, code: 'duplicate-id', column: 'id' });
      continue;
    }
    seen.add(checked.value.id);
    records.push({ record: checked.value, line });
  }
  return records;
}

/**
 * Reads back the two files `sessionsToCsv` and `symptomsToCsv` wrote (or a spreadsheet re-saved:
 * columns may be in any order and extra columns are ignored). Every row is checked against the
 * journal's schemas; a row that fails is left out and reported with its line, never thrown, and
 * the rest are read. A symptom linked to a workout that was not read is left out too, so what
 * comes back can be stored as it is.
 */
export function parseJournalCsv(sessionsCsv: string, symptomsCsv: string): JournalCsvContents {
  const problems: JournalCsvProblem[] = [];
  const sessions = parseTable(
    sessionsCsv,
    { file: 'sessions', columns: SESSION_CSV_COLUMNS, schema: exerciseSessionSchema, read: readSession },
    problems,
  ).map(({ record }) => record);
  const sessionIds = new Set(sessions.map((session) => session.id));
  const symptoms: SymptomEntry[] = [];
  const read = parseTable(
    symptomsCsv,
    { file: 'symptoms', columns: SYMPTOM_CSV_COLUMNS, schema: symptomEntrySchema, read: readSymptom },
    problems,
  );
  for (const { record, line } of read) {
    if (record.sessionId !== null && !sessionIds.has(record.sessionId)) {
      problems.push({ file: 'symptoms', line, code: 'unknown-session', column: 'sessionId' });
    } else {
      symptoms.push(record);
    }
  }
  return { sessions, symptoms, problems };
}
