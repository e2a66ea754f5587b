import { z } from 'zod';
import {
  exerciseSessionSchema,
  importedArticleSchema,
  settingSchema,
  symptomEntrySchema,
  utcInstantSchema,
} from './domain/records';
import type { ExerciseSession, ImportedArticle, Setting, SymptomEntry } from './domain/records';
import { upgradeRows } from './domain/row-upgrades';

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
  const tables = (data as { tables?: { sessions?: unknown; symptoms?: unknown } }).tables;
  if (!version.success || !Array.isArray(tables?.sessions) || !Array.isArray(tables.symptoms)) return data;
  const upgraded = upgradeRows({ sessions: tables.sessions, symptoms: tables.symptoms }, version.data.schemaVersion);
  return { ...(data as object), tables: { ...tables, ...upgraded } };
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
  if (!Array.isArray(raw)) {
    errors.add({ table, index: null, path: '', code: 'validation.invalid' });
    return { rows: [], count: 0, invalid: 0 };
  }
  const rows: T[] = [];
  const seen = new Set<unknown>();
  let invalid = 0;
  raw.forEach((row: unknown, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      invalid += 1;
      errors.addIssues(table, index, '', parsed.error.issues);
      return;
    }
    if (requireUniqueIds) {
      const key = (parsed.data as Record<string, unknown>)[keyField];
      if (seen.has(key)) {
        invalid += 1;
        errors.add({ table, index, path: keyField, code: 'duplicate-id' });
        return;
      }
      seen.add(key);
    }
    if (keepRows) rows.push(parsed.data);
  });
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
  const sessions = checkTable('sessions', tables['sessions'], exerciseSessionSchema, 'id', unique, keep, errors);
  const symptoms = checkTable('symptoms', tables['symptoms'], symptomEntrySchema, 'id', unique, keep, errors);
  const settings = checkTable('settings', tables['settings'], settingSchema, 'key', unique, keep, errors);
  // Backups from before articles could be imported have none.
  const articles = checkTable('articles', tables['articles'] ?? [], importedArticleSchema, 'id', unique, keep, errors);

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

export function createBackup(
  snapshot: JournalSnapshot,
  meta: { schemaVersion: number; appVersion: string; createdAt: Date; reason: BackupReason },
): JournalBackup {
  return {
    format: BACKUP_FORMAT_ID,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt.toISOString(),
    reason: meta.reason,
    tables: snapshot,
  };
}

export function serializeBackup(backup: JournalBackup): string {
  return JSON.stringify(backup);
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

function checkBackupText(text: string, supportedSchemaVersion: number, keepRows: boolean): BackupParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  // Two rows with one id pass here as they always have: the database refuses them when restoring.
  const checked = checkBackup(data, { supportedSchemaVersion, errorLimit: 1, requireUniqueIds: false, keepRows });
  if (checked.ok) return { ok: true, backup: checked.backup };
  if (checked.problem !== 'invalid-rows') return { ok: false, problem: checked.problem };
  const first = checked.report.errors[0];
  return { ok: false, problem: 'invalid-rows', detail: first ? backupErrorPath(first) : '' };
}
