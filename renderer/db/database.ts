import Dexie, { type EntityTable } from 'dexie';
import type { ExerciseSession, ImportedArticle, Setting, SymptomEntry } from '../../shared/domain/records';
import { SCHEMA_VERSIONS, applySchemaVersions, type SchemaVersion } from './schema';
import { trendMonthsMiddleware, type TrendMonthRecord } from './trend-months';

/**
 * The IndexedDB database name. It never changes: a new name would start every person on an empty
 * journal and strand their data under the old one.
 */
export const DB_NAME = 'exercise-symptom-journal';

export type JournalDatabase = Dexie & {
  sessions: EntityTable<ExerciseSession, 'id'>;
  symptoms: EntityTable<SymptomEntry, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  articles: EntityTable<ImportedArticle, 'id'>;
  trendMonths: EntityTable<TrendMonthRecord, 'month'>;
};

export interface OpenOptions {
  readonly name?: string;
  /** Tests open older versions to exercise migrations; the app always uses every version. */
  readonly versions?: readonly SchemaVersion[];
}

/**
 * Every read-write transaction is committed with strict durability: a journal entry, an import or
 * a restore is flushed to disk before the app reports it saved. Writes are single person-sized
 * transactions, so the cost is a few milliseconds.
 */
export function createJournalDatabase(options: OpenOptions = {}): JournalDatabase {
  const db = new Dexie(options.name ?? DB_NAME, { chromeTransactionDurability: 'strict' }) as JournalDatabase;
  applySchemaVersions(db, options.versions ?? SCHEMA_VERSIONS);
  db.use(trendMonthsMiddleware);
  return db;
}
