import { z } from 'zod';
import {
  exerciseSessionSchema,
  importedArticleSchema,
  settingSchema,
  symptomEntrySchema,
  utcInstantSchema,
} from './domain/records';
import type { ExerciseSession, ImportedArticle, Setting, SymptomEntry } from './domain/records';
import { upgradeRow } from './domain/row-upgrades';

/**
 * The journal's whole database as one versioned JSON document. The same format is written to the
 * automatic backups on disk and, later, to backups a person exports by hand.
 *
 * `formatVersion` changes only when this envelope changes; `schemaVersion` is the database schema
 * the rows were read from: a backup from a newer app is refused instead of misread, and rows of an
 * older schema are upgraded the way the database upgrades them.
 */
export const BACKUP_FORMAT_ID = 'exercise-symptom-journal-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Why a backup was taken. Kept in the file so the Settings list can say so. */
export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-restore',
  'before-erase',
  'before-sample-removal',
  'before-article-removal',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface JournalSnapshot {
  readonly sessions: readonly ExerciseSession[];
  readonly symptoms: readonly SymptomEntry[];
  readonly settings: readonly Setting[];
  readonly articles: readonly ImportedArticle[];
}

export interface JournalBackup {
  readonly format: typeof BACKUP_FORMAT_ID;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly tables: JournalSnapshot;
}

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT_ID),
  formatVersion: z.number().int().positive(),
});

const schemaVersionSchema = z.object({ schemaVersion: z.number().int().positive() });

/** The file's own fields beside its rows, each checked on its own so every problem is reported. */
const metaSchemas = {
  schemaVersion: schemaVersionSchema.shape.schemaVersion,
  appVersion: z.string().min(1).max(40),
  createdAt: utcInstantSchema,
  reason: z.enum(BACKUP_REASONS),
};

export type BackupTableName = keyof JournalSnapshot;

/** Each table's rows, as the current schema has them. */
const ROW_SCHEMAS = {
  sessions: exerciseSessionSchema,
  symptoms: symptomEntrySchema,
  settings: settingSchema,
  articles: importedArticleSchema,
} as const satisfies Record<BackupTableName, z.ZodType>;

/**
 * Why a row (or a field of the file) was refused: the i18n key its schema in `shared/domain` gives
 * (`validation.*`, `validation.invalid` where the schema has none), or `duplicate-id` for a second
 * row with an id (a setting: a key) the table already had, which the database would refuse.
 */
export type BackupRowErrorCode = `validation.${string}` | 'duplicate-id';

export interface BackupRowError {
  /** null for a field of the file itself (`createdAt`, `reason`, `appVersion`, `schemaVersion`, `tables`). */
  readonly table: BackupTableName | null;
  /** The row's position in its table in the file, from 0; null when the table itself is missing or not a list. */
  readonly index: number | null;
  /** The field inside the row (`severity`, `locations.0.side`) or of the file; empty for the whole row or table. */
  readonly path: string;
  readonly code: BackupRowErrorCode;
}

export interface BackupMeta {
  readonly schemaVersion: number | null;
  readonly appVersion: string | null;
  readonly createdAt: string | null;
  readonly reason: BackupReason | null;
}

/** What checking every row found: kept even when rows fail, so a preview can show all of it. */
export interface BackupRowReport {
  /** The file's own fields; null where one is missing or invalid. */
  readonly meta: BackupMeta;
  /** The rows that passed, upgraded to the current schema, in file order. */
  readonly rows: JournalSnapshot;
  /** Rows per table in the file, valid or not. */
  readonly rowCounts: Readonly<Record<BackupTableName, number>>;
  /** Rows per table with at least one error. */
  readonly invalidRows: Readonly<Record<BackupTableName, number>>;
  /** The first `errorLimit` errors, in file order. */
  readonly errors: readonly BackupRowError[];
  /** Every error, listed or not. */
  readonly errorCount: number;
}

export type BackupCheckResult =
  | { readonly ok: true; readonly backup: JournalBackup; readonly report: BackupRowReport }
  | { readonly ok: false; readonly problem: 'invalid-rows'; readonly report: BackupRowReport }
  | { readonly ok: false; readonly problem: 'not-a-backup' | 'newer-format' | 'newer-schema' };

export interface BackupCheckOptions {
  readonly supportedSchemaVersion: number;
  /** How many errors to list; all of them are counted. */
  readonly errorLimit: number;
  /**
   * Whether a second row with an id already in its table is an error. A restore needs this (the
   * database refuses it); reading an automatic backup, written from the database, does not.
   */
  readonly requireUniqueIds: boolean;
  /**
   * False when only the verdict is wanted (writing a backup): the checked copy of each row is then
   * dropped as soon as it is made instead of kept beside the parsed file, which halves the memory
   * a check of ten years of entries takes. The result then has no rows.
   */
  readonly keepRows?: boolean;
}

/**
 * Rows of an older schema are brought up to date with the same upgrades the database applies, so a
 * backup from any earlier version restores.
 */
function withUpgradedRows(data: unknown): unknown {
  const version = schemaVersionSchema.safeParse(data);
  const tables = (data as { tables?: unknown }).tables;
  if (!version.success || !isRecord(tables)) return data;
  const from = version.data.schemaVersion;
  const upgraded = (table: 'sessions' | 'symptoms'): unknown => {
    const rows = tables[table];
    return isRowList(rows) ? rows.map((row) => upgradeRow(table, row, from)) : rows;
  };
  return { ...(data as object), tables: { ...tables, sessions: upgraded('sessions'), symptoms: upgraded('symptoms') } };
}

/** Lists the first errors in file order and counts them all, so a file of junk rows costs no more memory than a good one. */
class ErrorList {
  readonly listed: BackupRowError[] = [];
  count = 0;

  constructor(private readonly limit: number) {}

  add(error: BackupRowError): void {
    this.count += 1;
    if (this.listed.length < this.limit) this.listed.push(error);
  }

  addIssues(table: BackupTableName | null, index: number | null, prefix: string, issues: readonly Issue[]): void {
    for (const issue of issues) {
      const path = [prefix, ...issue.path.map(String)].filter((segment) => segment !== '').join('.');
      this.add({ table, index, path, code: codeOf(issue.message) });
    }
  }
}

interface Issue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

function isValidationKey(message: string): message is `validation.${string}` {
  return message.startsWith('validation.');
}

/** Schemas without an i18n key of their own report zod's English text, which is not a code. */
function codeOf(message: string): BackupRowErrorCode {
  return isValidationKey(message) ? message : 'validation.invalid';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkField<T>(
  record: Record<string, unknown>,
  key: string,
  schema: z.ZodType<T>,
  errors: ErrorList,
): T | null {
  const parsed = schema.safeParse(record[key]);
  if (parsed.success) return parsed.data;
  errors.addIssues(null, null, key, parsed.error.issues);
  return null;
}

interface CheckedTable<T> {
  readonly rows: T[];
  readonly count: number;
  readonly invalid: number;
}

function checkTable<T>(
  table: BackupTableName,
  raw: unknown,
  schema: z.ZodType<T>,
  keyField: 'id' | 'key',
  requireUniqueIds: boolean,
  keepRows: boolean,
  errors: ErrorList,
): CheckedTable<T> {
  if (!isRowList(raw)) {
    errors.add({ table, index: null, path: '', code: 'validation.invalid' });
    return { rows: [], count: 0, invalid: 0 };
  }
  const rows: T[] = [];
  const seen = new Set<unknown>();
  let invalid = 0;
  let index = -1;
  for (const row of raw) {
    index += 1;
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      invalid += 1;
      errors.addIssues(table, index, '', parsed.error.issues);
      continue;
    }
    if (requireUniqueIds) {
      const key = (parsed.data as Record<string, unknown>)[keyField];
      if (seen.has(key)) {
        invalid += 1;
        errors.add({ table, index, path: keyField, code: 'duplicate-id' });
        continue;
      }
      seen.add(key);
    }
    if (keepRows) rows.push(parsed.data);
  }
  return { rows, count: raw.length, invalid };
}

/**
 * Checks a parsed file as a journal backup: the envelope first (a file from a newer app is refused
 * rather than half-understood), then every field and every row, collecting all errors instead of
 * stopping at the first, so a preview can list them.
 */
export function checkBackup(data: unknown, options: BackupCheckOptions): BackupCheckResult {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problem: 'not-a-backup' };
  if (envelope.data.formatVersion > BACKUP_FORMAT_VERSION) return { ok: false, problem: 'newer-format' };
  // Rows from a newer schema may have a shape this version doesn't know; that is not damage.
  const schema = schemaVersionSchema.safeParse(data);
  if (schema.success && schema.data.schemaVersion > options.supportedSchemaVersion) {
    return { ok: false, problem: 'newer-schema' };
  }

  const record = withUpgradedRows(data) as Record<string, unknown>;
  const errors = new ErrorList(options.errorLimit);
  const meta: BackupMeta = {
    schemaVersion: checkField(record, 'schemaVersion', metaSchemas.schemaVersion, errors),
    appVersion: checkField(record, 'appVersion', metaSchemas.appVersion, errors),
    createdAt: checkField(record, 'createdAt', metaSchemas.createdAt, errors),
    reason: checkField(record, 'reason', metaSchemas.reason, errors),
  };
  const rawTables = record['tables'];
  if (!isRecord(rawTables)) errors.add({ table: null, index: null, path: 'tables', code: 'validation.invalid' });
  // Without a tables object there are no rows to look at, and one error says so.
  const tables = isRecord(rawTables) ? rawTables : { sessions: [], symptoms: [], settings: [], articles: [] };
  const unique = options.requireUniqueIds;
  const keep = options.keepRows ?? true;
  const sessions = checkTable('sessions', tables['sessions'], ROW_SCHEMAS.sessions, 'id', unique, keep, errors);
  const symptoms = checkTable('symptoms', tables['symptoms'], ROW_SCHEMAS.symptoms, 'id', unique, keep, errors);
  const settings = checkTable('settings', tables['settings'], ROW_SCHEMAS.settings, 'key', unique, keep, errors);
  // Backups from before articles could be imported have none.
  const articles = checkTable('articles', tables['articles'] ?? [], ROW_SCHEMAS.articles, 'id', unique, keep, errors);

  const report: BackupRowReport = {
    meta,
    rows: { sessions: sessions.rows, symptoms: symptoms.rows, settings: settings.rows, articles: articles.rows },
    rowCounts: {
      sessions: sessions.count,
      symptoms: symptoms.count,
      settings: settings.count,
      articles: articles.count,
    },
    invalidRows: {
      sessions: sessions.invalid,
      symptoms: symptoms.invalid,
      settings: settings.invalid,
      articles: articles.invalid,
    },
    errors: errors.listed,
    errorCount: errors.count,
  };
  const { schemaVersion, appVersion, createdAt, reason } = meta;
  // Without errors no field is null; the checks say so to the compiler.
  if (errors.count > 0 || schemaVersion === null || appVersion === null || createdAt === null || reason === null) {
    return { ok: false, problem: 'invalid-rows', report };
  }
  const backup: JournalBackup = {
    format: BACKUP_FORMAT_ID,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    appVersion,
    createdAt,
    reason,
    tables: report.rows,
  };
  return { ok: true, backup, report };
}

/** What a backup says of itself, beside its rows. */
export type BackupHeader = Omit<JournalBackup, 'tables'>;

export interface BackupMetaInput {
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly createdAt: Date;
  readonly reason: BackupReason;
}

export function backupHeader(meta: BackupMetaInput): BackupHeader {
  return {
    format: BACKUP_FORMAT_ID,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt.toISOString(),
    reason: meta.reason,
  };
}

export function createBackup(snapshot: JournalSnapshot, meta: BackupMetaInput): JournalBackup {
  return { ...backupHeader(meta), tables: snapshot };
}

// The text of a backup.
//
// A backup is one JSON document, laid out with the file's own fields on the first line and then
// each table's rows one to a line:
//
//   {"format":"exercise-symptom-journal-backup",…,"reason":"daily","tables":{
//   "sessions":[
//   {…a row…},
//   {…a row…}
//   ],
//   "symptoms":[
//   …
//   ]}}
//
// Any JSON reader takes it as it is. This app writes it a page of rows at a time and checks it a
// row at a time, so ten years of entries are never held as rows, text and parsed text at once: on
// the benchmark journal that was the largest use of memory in the app. A file in any other layout
// (hand-edited, or written before this layout) is parsed whole, as before.

/** The tables of a backup, in the order the file lists them. */
export const BACKUP_TABLES = [
  'sessions',
  'symptoms',
  'settings',
  'articles',
] as const satisfies readonly BackupTableName[];

const HEADER_END = '"tables":{';
const TABLE_OPENING = (table: BackupTableName) => `"${table}":[`;
const TABLE_CLOSING = ']';
const LAST_TABLE_CLOSING = ']}}';

/**
 * The first line of a backup in the layout: the file's own fields in a fixed order, then
 * `"tables":{` (the `…"tables":{}}` of the fields, without its last two braces).
 */
function headerLine(fields: Readonly<Record<keyof BackupHeader, unknown>>): string {
  const { format, formatVersion, schemaVersion, appVersion, createdAt, reason } = fields;
  return JSON.stringify({ format, formatVersion, schemaVersion, appVersion, createdAt, reason, tables: {} }).slice(
    0,
    -2,
  );
}

/** A row `BackupTextWriter` was asked to check and write that its table's schema refuses. */
export class InvalidBackupRowError extends Error {
  /** Where, as `parseBackup` names it: `tables.symptoms.4321.severity`. */
  readonly at: string;

  constructor(readonly row: BackupRowError) {
    const at = backupErrorPath(row);
    super(`a row of the journal is not valid (${at})`);
    this.name = 'InvalidBackupRowError';
    this.at = at;
  }
}

/**
 * Builds a backup's text from pages of rows, given table by table in `BACKUP_TABLES` order (a table
 * given no rows is written empty). Holds the text of the pages so far, never the rows.
 */
export class BackupTextWriter {
  private readonly parts: string[];
  /** Index in BACKUP_TABLES of the table being written; -1 before the first. */
  private tableIndex = -1;
  private rowsInTable = 0;
  private readonly checkRows: boolean;

  /**
   * `checkRows`: each row is checked against its table's schema before it is written, and the first
   * that fails throws `InvalidBackupRowError`, so a text finished is a valid backup of the current
   * schema (as `parseBackup` would find). Checking the rows while they are objects spares parsing
   * the whole text again to check it. Off, any rows are written as given (older or damaged backups).
   */
  constructor(header: BackupHeader, options: { readonly checkRows?: boolean } = {}) {
    this.parts = [headerLine(header)];
    this.checkRows = options.checkRows ?? false;
  }

  addRows(table: BackupTableName, rows: readonly unknown[]): void {
    const index = BACKUP_TABLES.indexOf(table);
    if (index < this.tableIndex) throw new Error(`Rows of ${table} came after a later table`);
    while (this.tableIndex < index) this.openNextTable();
    if (rows.length === 0) return;
    if (this.checkRows) this.check(table, rows);
    this.parts.push(this.rowsInTable === 0 ? '\n' : ',\n', rows.map((row) => JSON.stringify(row)).join(',\n'));
    this.rowsInTable += rows.length;
  }

  /** The whole text; the writer is done with. */
  finish(): string {
    while (this.tableIndex < BACKUP_TABLES.length - 1) this.openNextTable();
    this.parts.push('\n', LAST_TABLE_CLOSING);
    const text = this.parts.join('');
    this.parts.length = 0;
    return text;
  }

  private check(table: BackupTableName, rows: readonly unknown[]): void {
    const schema = ROW_SCHEMAS[table];
    for (const [offset, row] of rows.entries()) {
      const checked = schema.safeParse(row);
      if (checked.success) continue;
      const issue = checked.error.issues[0];
      const path = issue === undefined ? '' : issue.path.map(String).join('.');
      const code = issue === undefined ? 'validation.invalid' : codeOf(issue.message);
      throw new InvalidBackupRowError({ table, index: this.rowsInTable + offset, path, code });
    }
  }

  private openNextTable(): void {
    if (this.tableIndex >= 0) this.parts.push('\n', TABLE_CLOSING, ',');
    this.tableIndex += 1;
    this.parts.push('\n', TABLE_OPENING(BACKUP_TABLES[this.tableIndex] as BackupTableName));
    this.rowsInTable = 0;
  }
}

export function serializeBackup(backup: JournalBackup): string {
  const { tables, ...header } = backup;
  const writer = new BackupTextWriter(header);
  for (const table of BACKUP_TABLES) writer.addRows(table, tables[table]);
  return writer.finish();
}

/** A row line of a text in the backup layout that is not a JSON value of its own: the text is parsed whole instead. */
class NotInRowLayout extends Error {}

/**
 * A table's rows in a backup's text, parsed one at a time as they are iterated (and `map`ped as
 * they are parsed), so a check can drop each row before the next is read.
 */
class RowLines implements Iterable<unknown> {
  constructor(
    private readonly text: string,
    /** Where each row's JSON starts and ends in `text`, without the comma after it. */
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
    private readonly transform: (row: unknown) => unknown = (row) => row,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  map(transform: (row: unknown) => unknown): RowLines {
    return new RowLines(this.text, this.starts, this.ends, (row) => transform(this.transform(row)));
  }

  /** Parses every row and keeps none: NotInRowLayout when one is not JSON. */
  parseEach(): void {
    for (let i = 0; i < this.starts.length; i++) this.rowAt(i);
  }

  private rowAt(index: number): unknown {
    try {
      return JSON.parse(this.text.slice(this.starts[index], this.ends[index]));
    } catch {
      throw new NotInRowLayout();
    }
  }

  *[Symbol.iterator](): Iterator<unknown> {
    for (let i = 0; i < this.starts.length; i++) yield this.transform(this.rowAt(i));
  }
}

/** A table's rows: parsed already (a file read whole) or one line each (`RowLines`). */
type RowList = readonly unknown[] | RowLines;

function isRowList(value: unknown): value is RowList {
  return Array.isArray(value) || value instanceof RowLines;
}

/**
 * The fields of a backup's first line in the layout, unchecked, or null when the line is not the
 * very one the writer makes from them: any other key (one could end in `\"tables"` and leave the
 * rows under another name for a JSON reader) means reading the file whole.
 */
function layoutHeaderFields(line: string | null): Record<string, unknown> | null {
  if (line === null || !line.startsWith('{') || !line.endsWith(HEADER_END)) return null;
  let fields: unknown;
  try {
    fields = JSON.parse(`${line}}}`);
  } catch {
    return null;
  }
  return isRecord(fields) && headerLine(fields as Record<keyof BackupHeader, unknown>) === line ? fields : null;
}

/**
 * A text in the backup layout as the file's own fields with each table's rows still unparsed, or
 * null when it is laid out any other way. Every line but the rows' is matched exactly, and each
 * row line but a table's last ends in a comma, so the text is valid JSON, and means the same, exactly
 * when every row line is a JSON value of its own (`RowLines` reports one that is not).
 */
function splitBackupLayout(text: string): Record<string, unknown> | null {
  let position = 0;
  const nextLine = (): string | null => {
    if (position > text.length) return null;
    const end = text.indexOf('\n', position);
    const line = text.slice(position, end === -1 ? text.length : end);
    position = end === -1 ? text.length + 1 : end + 1;
    return line;
  };
  const meta = layoutHeaderFields(nextLine());
  if (meta === null) return null;
  const tables: Record<string, RowLines> = {};
  for (const [tableIndex, table] of BACKUP_TABLES.entries()) {
    if (nextLine() !== TABLE_OPENING(table)) return null;
    const closing = tableIndex === BACKUP_TABLES.length - 1 ? LAST_TABLE_CLOSING : `${TABLE_CLOSING},`;
    const starts: number[] = [];
    const ends: number[] = [];
    let lastRowEndedInComma = false;
    for (let line = nextLine(); line !== closing; line = nextLine()) {
      if (line === null || (starts.length > 0 && !lastRowEndedInComma)) return null;
      lastRowEndedInComma = line.endsWith(',');
      const start = position - line.length - 1;
      starts.push(start);
      ends.push(start + line.length - (lastRowEndedInComma ? 1 : 0));
    }
    if (lastRowEndedInComma) return null;
    tables[table] = new RowLines(text, starts, ends);
  }
  // Nothing may follow the last table's closing line.
  if (position <= text.length) return null;
  return { ...meta, tables };
}

/** The last extension of an exported file, which a save dialog's filter matches. */
export const PLAIN_EXPORT_EXTENSION = 'json';
export const ENCRYPTED_EXPORT_EXTENSION = 'enc';

/**
 * A backup a person exports is named for the local day, the one they will look for later:
 * `journal-backup-2026-11-21.json`, or `….json.enc` when encrypted (binary, see `backup-crypto.ts`).
 * Such names never pass `isBackupFileName`, so one saved into the backups folder is left alone.
 */
export function exportFileName(at: Date, encrypted: boolean): string {
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()].map((part) => String(part).padStart(2, '0'));
  return `journal-backup-${day.join('-')}.${PLAIN_EXPORT_EXTENSION}${encrypted ? `.${ENCRYPTED_EXPORT_EXTENSION}` : ''}`;
}

/** Why a backup could not be read; each is an i18n key under `backup.problem`. */
export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-format' | 'newer-schema' | 'invalid-rows';

export type BackupParseResult =
  | { readonly ok: true; readonly backup: JournalBackup }
  | { readonly ok: false; readonly problem: BackupProblem; readonly detail?: string };

/** Where an error is, as one dotted path from the top of the file: `tables.symptoms.4321.severity`. */
function backupErrorPath(error: BackupRowError): string {
  const segments =
    error.table === null ? [] : ['tables', error.table, ...(error.index === null ? [] : [String(error.index)])];
  return [...segments, error.path].filter((segment) => segment !== '').join('.');
}

/**
 * Reads an automatic backup and checks every row before anything is restored from it, reporting the
 * first problem. Files a person opens go through `readBackupFile` in `backup-preview.ts`, which tells
 * more kinds of damage apart and lists every error.
 */
export function parseBackup(text: string, supportedSchemaVersion: number): BackupParseResult {
  const checked = checkBackupText(text, supportedSchemaVersion, true);
  return checked.ok ? { ok: true, backup: checked.backup } : checked;
}

/**
 * Checks a backup's every row as `parseBackup` does, keeping nothing but when it was made: what a
 * backup folder needs before writing the file.
 */
export function verifyBackupText(
  text: string,
  supportedSchemaVersion: number,
): { readonly ok: true; readonly createdAt: string } | Extract<BackupParseResult, { ok: false }> {
  const checked = checkBackupText(text, supportedSchemaVersion, false);
  return checked.ok ? { ok: true, createdAt: checked.backup.createdAt } : checked;
}

/**
 * When a backup was made, from the file's own fields on its first line, checked as `parseBackup`
 * checks them, and its closing last line; null when the text is not in the layout or they are not
 * valid. The rows are not looked at: only for a text `BackupTextWriter` wrote with `checkRows` in
 * the same process, which checked every row as it wrote it.
 */
export function laidOutBackupCreatedAt(text: string, supportedSchemaVersion: number): string | null {
  const firstLineEnd = text.indexOf('\n');
  if (firstLineEnd === -1 || !text.endsWith(`\n${LAST_TABLE_CLOSING}`)) return null;
  const fields = layoutHeaderFields(text.slice(0, firstLineEnd));
  if (fields === null) return null;
  const noRows = Object.fromEntries(BACKUP_TABLES.map((table) => [table, []]));
  const checked = checkBackup(
    { ...fields, tables: noRows },
    { supportedSchemaVersion, errorLimit: 1, requireUniqueIds: false, keepRows: false },
  );
  return checked.ok ? checked.backup.createdAt : null;
}

/**
 * `checkBackup` on a backup's text: a row at a time when the text is in the backup layout, else
 * parsed whole. Null when the text is not JSON.
 */
export function checkBackupJson(text: string, options: BackupCheckOptions): BackupCheckResult | null {
  const laidOut = splitBackupLayout(text);
  if (laidOut !== null) {
    try {
      const checked = checkBackup(laidOut, options);
      // Refused before any row was read: the rows must still be JSON, or the verdict is `not-json`.
      if (!checked.ok && checked.problem !== 'invalid-rows') {
        for (const rows of Object.values(laidOut.tables as Record<string, RowLines>)) rows.parseEach();
      }
      return checked;
    } catch (error) {
      if (!(error instanceof NotInRowLayout)) throw error;
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  return checkBackup(data, options);
}

function checkBackupText(text: string, supportedSchemaVersion: number, keepRows: boolean): BackupParseResult {
  // Two rows with one id pass here as they always have: the database refuses them when restoring.
  const checked = checkBackupJson(text, { supportedSchemaVersion, errorLimit: 1, requireUniqueIds: false, keepRows });
  return checked === null ? { ok: false, problem: 'not-json' } : parseResultOf(checked);
}

function parseResultOf(checked: BackupCheckResult): BackupParseResult {
  if (checked.ok) return { ok: true, backup: checked.backup };
  if (checked.problem !== 'invalid-rows') return { ok: false, problem: checked.problem };
  const first = checked.report.errors[0];
  return { ok: false, problem: 'invalid-rows', detail: first ? backupErrorPath(first) : '' };
}
