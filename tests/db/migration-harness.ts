import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { createJournalDatabase, type JournalDatabase } from '../../renderer/db/database';
import { latestVersion, type SchemaVersion } from '../../renderer/db/schema';

/**
 * The migration test harness: write fixture rows with the database at version n−1, reopen it with
 * version n so Dexie runs the upgrade, and hand every row that comes out to a check. A migration that
 * loses, duplicates or forgets a row fails here before it can fail on someone's journal.
 */

export type Row = Record<string, unknown>;
/** Rows to write, per table. */
export type Fixtures = Readonly<Record<string, readonly Row[]>>;

export interface MigrationCase {
  /** The versions the database was written with (n−1). Empty for a fresh install: nothing existed before. */
  readonly from: readonly SchemaVersion[];
  /** The versions the app opens it with, including version n. */
  readonly to: readonly SchemaVersion[];
  /** Written at `from`; for a fresh install, written at `to` and read back after reopening. */
  readonly fixtures: Fixtures;
  /**
   * Row counts after the upgrade, only for tables whose migration is meant to add or remove rows.
   * Every other table must come out with exactly as many rows as went in.
   */
  readonly expectedCounts?: Readonly<Record<string, number>>;
  /** Called for every row of every table after the upgrade, with the fixture row of the same key. */
  readonly check: (row: Row, context: { readonly table: string; readonly before: Row | undefined }) => void;
}

export interface MigrationResult {
  /** The version the database reports after opening. */
  readonly version: number;
  /** Every row of every table after the upgrade. */
  readonly rows: Readonly<Record<string, Row[]>>;
  /** The index names IndexedDB itself holds for each table, sorted. */
  readonly indexes: Readonly<Record<string, string[]>>;
}

export class MigrationCheckError extends Error {
  override readonly name = 'MigrationCheckError';
}

/** A database name no other test uses. */
export function uniqueDatabaseName(): string {
  return `migration-${crypto.randomUUID()}`;
}

/** Opens `name` with `versions`, writes the fixture rows in one transaction, and closes it. */
export async function seedDatabase(
  name: string,
  versions: readonly SchemaVersion[],
  fixtures: Fixtures,
): Promise<void> {
  const db = createJournalDatabase({ name, versions });
  try {
    await db.open();
    await writeFixtures(db, fixtures);
  } finally {
    db.close();
  }
}

async function writeFixtures(db: JournalDatabase, fixtures: Fixtures): Promise<void> {
  const tables = Object.keys(fixtures).map((table) => db.table(table));
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.bulkAdd([...(fixtures[table.name] ?? [])]);
  });
}

/** Every row of every table, read in one transaction. */
export async function readAllRows(db: Dexie): Promise<Record<string, Row[]>> {
  return db.transaction('r', db.tables, async () => {
    const rows: Record<string, Row[]> = {};
    for (const table of db.tables) rows[table.name] = (await table.toArray()) as Row[];
    return rows;
  });
}

function indexesOf(db: Dexie): Record<string, string[]> {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames];
  const indexes: Record<string, string[]> = {};
  if (names.length === 0) return indexes;
  const transaction = idb.transaction(names, 'readonly');
  for (const name of names) indexes[name] = [...transaction.objectStore(name).indexNames].sort();
  return indexes;
}

function primaryKeyOf(db: Dexie, table: string): string {
  const keyPath = db.table(table).schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new MigrationCheckError(`Table ${table} needs a single-field primary key`);
  return keyPath;
}

function rowsByKey(rows: readonly Row[], key: string): Map<unknown, Row> {
  return new Map(rows.map((row) => [row[key], row]));
}

export async function runMigration(migration: MigrationCase): Promise<MigrationResult> {
  const name = uniqueDatabaseName();
  const fresh = migration.from.length === 0;
  try {
    if (!fresh) await seedDatabase(name, migration.from, migration.fixtures);
    else await seedDatabase(name, migration.to, migration.fixtures);

    const db = createJournalDatabase({ name, versions: migration.to });
    try {
      await db.open();
      const expectedVersion = latestVersion(migration.to);
      if (db.verno !== expectedVersion) {
        throw new MigrationCheckError(`Opened at version ${db.verno}, expected ${expectedVersion}`);
      }
      const rows = await readAllRows(db);
      const tableNames = new Set([...Object.keys(migration.fixtures), ...Object.keys(rows)]);
      for (const table of tableNames) {
        const after = rows[table] ?? [];
        const before = migration.fixtures[table] ?? [];
        const expectedCount = migration.expectedCounts?.[table] ?? before.length;
        if (after.length !== expectedCount) {
          throw new MigrationCheckError(
            `Table ${table} has ${after.length} rows after the upgrade, expected ${expectedCount}`,
          );
        }
        if (after.length === 0) continue;
        const key = primaryKeyOf(db, table);
        const beforeByKey = rowsByKey(before, key);
        for (const row of after) migration.check(row, { table, before: beforeByKey.get(row[key]) });
      }
      return { version: db.verno, rows, indexes: indexesOf(db) };
    } finally {
      db.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}
