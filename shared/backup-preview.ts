import { decryptBackupFile, looksEncrypted, type BackupCryptoProblem } from './backup-crypto';
import {
  BACKUP_FORMAT_ID,
  checkBackupJson,
  type BackupMeta,
  type BackupProblem,
  type BackupRowError,
  type BackupRowReport,
  type BackupTableName,
  type JournalBackup,
  type JournalSnapshot,
} from './backup-format';
import type { ExerciseSession, ImportedArticle, Setting, SymptomEntry } from './domain/records';
import { MAX_FILE_LENGTH } from './ipc-contract';

/**
 * Opening a backup file a person picked: every kind of bad file told apart by a stable code, then
 * a dry run against the journal (what a replace or a merge would do) that changes nothing.
 */

/**
 * The largest backup file opened, in bytes: the largest file the bridge saves, so a backup this app
 * exported always opens again (the export refuses to write a larger one). The ten-year benchmark
 * journal of 80,000 entries is about 40 MB. Checked before a byte of the file is looked at.
 */
export const MAX_BACKUP_FILE_BYTES = MAX_FILE_LENGTH;

/** How many row errors a preview lists; it counts all of them. */
export const MAX_LISTED_ROW_ERRORS = 100;

/**
 * Why an opened file cannot be restored or merged; stable codes for the UI (i18n keys under
 * `backup.problem`):
 * - `empty`: no bytes, or only white space.
 * - `too-large`: larger than MAX_BACKUP_FILE_BYTES; none of it was read.
 * - `truncated`: a journal backup that ends early, cut off while being copied or saved.
 * - `not-json`: not JSON text at all: random bytes, another kind of file, text that is not UTF-8.
 * - `not-a-backup`: JSON, but not a journal backup.
 * - `newer-format`: a newer app's file format.
 * - `newer-schema`: a newer app's rows, of a database schema this version doesn't know.
 * - `invalid-rows`: a journal backup with rows or fields that break the journal's rules; the
 *   preview lists them, and nothing from the file is applied.
 * - the codes of `BackupCryptoProblem` for encrypted files.
 */
export type BackupFileProblem = BackupProblem | 'empty' | 'too-large' | 'truncated' | BackupCryptoProblem;

/** A file read and checked, before it is compared with the journal. */
export interface ReadBackupFile {
  readonly encrypted: boolean;
  /** The whole backup, when every field and row passed; null when the report has errors. */
  readonly backup: JournalBackup | null;
  readonly report: BackupRowReport;
}

export type ReadBackupFileResult =
  | { readonly ok: true; readonly file: ReadBackupFile }
  | { readonly ok: false; readonly problem: Exclude<BackupFileProblem, 'invalid-rows'> };

export interface ReadBackupFileOptions {
  /** The schema version of this app's database; a file of a newer one is refused. */
  readonly supportedSchemaVersion: number;
  /** Needed for an encrypted file only; without it an intact one answers `passphrase-required`. */
  readonly passphrase?: string;
}

const BOM = 0xfeff;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** The characters a JSON text may begin with: `{ [ " - 0-9 t f n`. */
const JSON_STARTS = new Set([...'{["-0123456789tfn'].map((char) => char.charCodeAt(0)));
/** JSON's white space. */
const WHITE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** Where a backup names its format: `serializeBackup` writes it first. */
const HEAD_LENGTH = 4096;

/** UTF-8 length of a string, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a file (or a text about to be saved as UTF-8) is larger than a backup may be. */
export function exceedsBackupFileLimit(content: string | Uint8Array): boolean {
  if (typeof content !== 'string') return content.byteLength > MAX_BACKUP_FILE_BYTES;
  // Each UTF-16 unit takes one to three bytes (a surrogate pair four), so most texts need no count.
  if (content.length > MAX_BACKUP_FILE_BYTES) return true;
  if (content.length * 3 <= MAX_BACKUP_FILE_BYTES) return false;
  return utf8Length(content) > MAX_BACKUP_FILE_BYTES;
}

/** The first character that is not white space or a byte-order mark, or null for none. */
function firstSignificant(content: string | Uint8Array): number | null {
  const isText = typeof content === 'string';
  let start = 0;
  if (isText && content.charCodeAt(0) === BOM) start = 1;
  if (!isText && UTF8_BOM.every((byte, index) => content[index] === byte)) start = UTF8_BOM.length;
  for (let i = start; i < content.length; i++) {
    const unit = isText ? content.charCodeAt(i) : (content[i] as number);
    if (!WHITE_SPACE.has(unit)) return unit;
  }
  return null;
}

/**
 * A journal backup cut off: it names the format near its start, and it ends with a string or a
 * bracket still open, every bracket closed before that having matched. Random bytes, or a backup
 * damaged in the middle, fail one of these and count as `not-json`. Engines word JSON.parse errors
 * differently, so the text is looked at rather than the error.
 */
function looksTruncated(text: string): boolean {
  if (!text.slice(0, HEAD_LENGTH).includes(`"${BACKUP_FORMAT_ID}"`)) return false;
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (inString) {
      if (unit === BACKSLASH) i += 1;
      else if (unit === QUOTE) inString = false;
      // JSON strings hold no raw control characters: this is damage, not an end that came early.
      else if (unit < 0x20) return false;
    } else if (unit === QUOTE) inString = true;
    else if (unit === OPEN_BRACE || unit === OPEN_BRACKET) open.push(unit);
    else if (unit === CLOSE_BRACE || unit === CLOSE_BRACKET) {
      const opener = unit === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET;
      // A mismatched bracket is damage; the outermost one closing means the text went on past its end.
      if (open.pop() !== opener || open.length === 0) return false;
    }
  }
  return inString || open.length > 0;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // `fatal`: a replacement character silently put into a note would be damage nobody sees.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function readPlainFile(
  content: string | Uint8Array,
  encrypted: boolean,
  supportedSchemaVersion: number,
): ReadBackupFileResult {
  const first = firstSignificant(content);
  if (first === null) return { ok: false, problem: 'empty' };
  // Random bytes are refused here, after looking at one of them: a backup is a JSON text.
  if (!JSON_STARTS.has(first)) return { ok: false, problem: 'not-json' };
  // TextDecoder drops a byte-order mark; JSON.parse does not accept one.
  const text = typeof content === 'string' ? content.replace(/^\uFEFF/, '') : decodeUtf8(content);
  if (text === null) return { ok: false, problem: 'not-json' };
  const checked = checkBackupJson(text, {
    supportedSchemaVersion,
    errorLimit: MAX_LISTED_ROW_ERRORS,
    requireUniqueIds: true,
  });
  if (checked === null) return { ok: false, problem: looksTruncated(text) ? 'truncated' : 'not-json' };
  if (checked.ok) return { ok: true, file: { encrypted, backup: checked.backup, report: checked.report } };
  if (checked.problem === 'invalid-rows') {
    return { ok: true, file: { encrypted, backup: null, report: checked.report } };
  }
  return { ok: false, problem: checked.problem };
}

/**
 * Reads a file a person opened, plain or encrypted, and checks all of it. Nothing is written and
 * the journal is not read. Hand it the file's bytes: text is taken as a plain backup only.
 */
export async function readBackupFile(
  content: string | Uint8Array,
  options: ReadBackupFileOptions,
): Promise<ReadBackupFileResult> {
  if (exceedsBackupFileLimit(content)) return { ok: false, problem: 'too-large' };
  if (typeof content !== 'string' && looksEncrypted(content)) {
    const decrypted = await decryptBackupFile(content, options.passphrase);
    if (!decrypted.ok) return decrypted;
    return readPlainFile(decrypted.plaintext, true, options.supportedSchemaVersion);
  }
  return readPlainFile(content, false, options.supportedSchemaVersion);
}

/** Two rows hold the same data, whatever order their fields are in. A field set to `undefined` counts as absent, as in JSON. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item: unknown, index) => sameContent(item, b[index]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = (record: Record<string, unknown>) => Object.keys(record).filter((key) => record[key] !== undefined);
  const leftKeys = keys(left);
  return leftKeys.length === keys(right).length && leftKeys.every((key) => sameContent(left[key], right[key]));
}

/**
 * What a merge does with one row of the file:
 * - `add`: the journal has no row with its id;
 * - `identical`: the journal's row with that id holds the same data, so nothing changes;
 * - `take-file`: the file's row was changed later (`changedAt`), so it replaces the journal's;
 * - `keep-journal`: the journal's row was changed later, at the same time (neither is known to be
 *   newer, and the person sees what they have now), or the rows have no change time (settings).
 */
export type MergeChoice = 'add' | 'identical' | 'take-file' | 'keep-journal';

export function chooseForMerge<T>(
  fromFile: T,
  inJournal: T | undefined,
  changedAt: ((row: T) => string) | null,
): MergeChoice {
  if (inJournal === undefined) return 'add';
  if (sameContent(fromFile, inJournal)) return 'identical';
  if (changedAt === null) return 'keep-journal';
  // Parsed, not compared as text: `…00Z` and `…00.000Z` are the same instant.
  return Date.parse(changedAt(fromFile)) > Date.parse(changedAt(inJournal)) ? 'take-file' : 'keep-journal';
}

/**
 * When each kind of row last changed, for merging. Articles are never edited once imported, so
 * their import time stands in; settings have no change time and a merge never writes them.
 */
export const MERGE_CHANGE_TIME = {
  sessions: (row: ExerciseSession) => row.updatedAt,
  symptoms: (row: SymptomEntry) => row.updatedAt,
  articles: (row: ImportedArticle) => row.importedAt,
} as const;

/**
 * One table of the file against the journal. The counts of valid rows (`new`, `identical`,
 * `differing`) add up to `rows - invalid`.
 */
export interface BackupTablePreview {
  /** Rows in the file, valid or not. */
  readonly rows: number;
  /** Rows with at least one error. */
  readonly invalid: number;
  /** Rows whose id (a setting: its key) the journal does not have: a merge adds them (settings excepted). */
  readonly new: number;
  /** Same id, same data as the journal's row: a merge leaves them. */
  readonly identical: number;
  /** Same id, different data. */
  readonly differing: number;
  /** Of `differing`, the rows changed later in the file: a merge takes these, and keeps the journal's for the rest. */
  readonly newerInFile: number;
  /** Rows the journal has now: a replace removes all of them. */
  readonly inJournal: number;
}

export interface BackupPreview {
  readonly encrypted: boolean;
  /** The file's own fields; null where one is missing or invalid (and then listed in `errors`). */
  readonly meta: BackupMeta;
  readonly tables: Readonly<Record<BackupTableName, BackupTablePreview>>;
  /** The earliest and latest workout start or symptom time among the valid rows; null when there are none. */
  readonly entries: { readonly first: string; readonly last: string } | null;
  /** The first MAX_LISTED_ROW_ERRORS errors, in file order. */
  readonly errors: readonly BackupRowError[];
  /** Every error, listed or not: a file with any is never applied. */
  readonly errorCount: number;
}

/** `backup` is what a replace or merge applies; a file with invalid rows has a preview and nothing to apply. */
export type BackupOpenResult =
  | { readonly ok: true; readonly preview: BackupPreview; readonly backup: JournalBackup }
  | { readonly ok: false; readonly problem: 'invalid-rows'; readonly preview: BackupPreview }
  | { readonly ok: false; readonly problem: Exclude<BackupFileProblem, 'invalid-rows'> };

function tablePreview<T>(
  table: BackupTableName,
  report: BackupRowReport,
  fromFile: readonly T[],
  inJournal: readonly T[],
  keyOf: (row: T) => string,
  changedAt: ((row: T) => string) | null,
): BackupTablePreview {
  const journal = new Map(inJournal.map((row) => [keyOf(row), row]));
  const counts = { new: 0, identical: 0, differing: 0, newerInFile: 0 };
  for (const row of fromFile) {
    const choice = chooseForMerge(row, journal.get(keyOf(row)), changedAt);
    if (choice === 'add') counts.new += 1;
    else if (choice === 'identical') counts.identical += 1;
    else counts.differing += 1;
    if (choice === 'take-file') counts.newerInFile += 1;
  }
  return { rows: report.rowCounts[table], invalid: report.invalidRows[table], ...counts, inJournal: inJournal.length };
}

function entryRange(rows: JournalSnapshot): BackupPreview['entries'] {
  type Instant = { readonly at: string; readonly ms: number };
  let first: Instant | null = null;
  let last: Instant | null = null;
  const times = [...rows.sessions.map((row) => row.startedAt), ...rows.symptoms.map((row) => row.notedAt)];
  for (const at of times) {
    const ms = Date.parse(at);
    if (first === null || ms < first.ms) first = { at, ms };
    if (last === null || ms > last.ms) last = { at, ms };
  }
  return first === null || last === null ? null : { first: first.at, last: last.at };
}

const byId = (row: { readonly id: string }) => row.id;

/**
 * Compares a read file with the journal as it is now: a dry run that writes nothing. Applying is
 * offered only when the file has no errors.
 */
export function previewBackup(file: ReadBackupFile, journal: JournalSnapshot): BackupOpenResult {
  const { report } = file;
  const rows = report.rows;
  const preview: BackupPreview = {
    encrypted: file.encrypted,
    meta: report.meta,
    tables: {
      sessions: tablePreview('sessions', report, rows.sessions, journal.sessions, byId, MERGE_CHANGE_TIME.sessions),
      symptoms: tablePreview('symptoms', report, rows.symptoms, journal.symptoms, byId, MERGE_CHANGE_TIME.symptoms),
      settings: tablePreview('settings', report, rows.settings, journal.settings, (row: Setting) => row.key, null),
      articles: tablePreview('articles', report, rows.articles, journal.articles, byId, MERGE_CHANGE_TIME.articles),
    },
    entries: entryRange(rows),
    errors: report.errors,
    errorCount: report.errorCount,
  };
  return file.backup === null
    ? { ok: false, problem: 'invalid-rows', preview }
    : { ok: true, preview, backup: file.backup };
}
