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

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT_ID),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(40),
  createdAt: utcInstantSchema,
  reason: z.enum(BACKUP_REASONS),
  tables: z.object({
    sessions: z.array(exerciseSessionSchema),
    symptoms: z.array(symptomEntrySchema),
    settings: z.array(settingSchema),
    // Backups from before articles could be imported have none.
    articles: z.array(importedArticleSchema).default([]),
  }),
});

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

/** Why a file could not be read as a backup; each is an i18n key under `backup.error`. */
export type BackupProblem = 'not-json' | 'not-a-backup' | 'newer-format' | 'newer-schema' | 'invalid-rows';

export type BackupParseResult =
  | { readonly ok: true; readonly backup: JournalBackup }
  | { readonly ok: false; readonly problem: BackupProblem; readonly detail?: string };

/**
 * Reads a backup file and checks every row before anything is restored from it. A file from a
 * newer version of the app is refused rather than half-understood.
 */
export function parseBackup(text: string, supportedSchemaVersion: number): BackupParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problem: 'not-a-backup' };
  if (envelope.data.formatVersion > BACKUP_FORMAT_VERSION) return { ok: false, problem: 'newer-format' };
  // Rows from a newer schema may have a shape this version doesn't know; that is not damage.
  const schema = schemaVersionSchema.safeParse(data);
  if (schema.success && schema.data.schemaVersion > supportedSchemaVersion)
    return { ok: false, problem: 'newer-schema' };
  const parsed = backupSchema.safeParse(withUpgradedRows(data));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: 'invalid-rows', detail: first ? first.path.join('.') : '' };
  }
  return { ok: true, backup: parsed.data };
}
