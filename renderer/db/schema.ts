import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { schemaV1 } from './schema/v1';
import { schemaV2 } from './schema/v2';
import { schemaV3 } from './schema/v3';
import { schemaV4 } from './schema/v4';

/**
 * Each schema change is a new version in its own numbered file under `schema/`, with its upgrade
 * beside it. Versions are only ever appended: a released version is never edited.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Returns the promise of its work, so the upgrade transaction waits for it. */
  readonly upgrade?: (transaction: Transaction) => PromiseLike<unknown> | undefined;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [schemaV1, schemaV2, schemaV3, schemaV4];

export function latestVersion(versions: readonly SchemaVersion[]): number {
  return versions.reduce((latest, schema) => Math.max(latest, schema.version), 0);
}

export const CURRENT_SCHEMA_VERSION = latestVersion(SCHEMA_VERSIONS);

export function applySchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const schema of versions) {
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
}
