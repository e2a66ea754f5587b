import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, createJournalDatabase } from '../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, latestVersion, type SchemaVersion } from '../../renderer/db/schema';
import { schemaV1 } from '../../renderer/db/schema/v1';
import { normaliseLocations } from '../../shared/domain/body-locations';
import {
  NO_FACTORS_RECORDED,
  exerciseSessionSchema,
  settingSchema,
  symptomEntrySchema,
} from '../../shared/domain/records';
import {
  MigrationCheckError,
  readAllRows,
  runMigration,
  seedDatabase,
  uniqueDatabaseName,
  type Fixtures,
  type Row,
} from './migration-harness';

/**
 * Rows exactly as version 1 stored them, written out literally: they must not follow later changes
 * to the record types, because old journals on people's disks won't either.
 */
const SESSION_A = '3f1c2a7e-8d4b-4c1e-9a2f-5b6c7d8e9f01';
const SESSION_B = '7a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';
const v1Fixtures: Fixtures = {
  sessions: [
    {
      id: SESSION_A,
      activity: 'running',
      startedAt: '2026-03-28T07:00:00.000Z',
      utcOffsetMinutes: 60,
      durationMinutes: 45,
      notes: 'Hills',
      createdAt: '2026-03-28T08:00:00.000Z',
      updatedAt: '2026-03-28T08:00:00.000Z',
    },
    {
      id: SESSION_B,
      activity: 'Rowing machine',
      startedAt: '2026-03-29T16:30:00.000Z',
      utcOffsetMinutes: 120,
      durationMinutes: 20,
      notes: '',
      createdAt: '2026-03-29T17:00:00.000Z',
      updatedAt: '2026-03-29T17:05:00.000Z',
    },
  ],
  symptoms: [
    {
      id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      sessionId: SESSION_A,
      notedAt: '2026-03-28T07:50:00.000Z',
      utcOffsetMinutes: 60,
      sensations: ['numbness', 'tingling'],
      locations: [{ region: 'toes', side: 'both' }],
      severity: 5,
      notes: '',
      createdAt: '2026-03-28T08:00:00.000Z',
      updatedAt: '2026-03-28T08:00:00.000Z',
    },
    {
      id: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60',
      sessionId: SESSION_A,
      notedAt: '2026-03-28T20:00:00.000Z',
      utcOffsetMinutes: 60,
      sensations: ['soreness'],
      locations: [
        { region: 'calf', side: 'left' },
        { region: 'hamstring', side: 'left' },
      ],
      severity: 3,
      notes: 'Evening',
      createdAt: '2026-03-28T20:00:00.000Z',
      updatedAt: '2026-03-28T20:00:00.000Z',
    },
    {
      id: 'e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a71',
      sessionId: null,
      notedAt: '2026-03-29T06:00:00.000Z',
      utcOffsetMinutes: 120,
      sensations: ['twitching'],
      locations: [{ region: 'thigh', side: 'right' }],
      severity: 0,
      notes: '',
      createdAt: '2026-03-29T06:00:00.000Z',
      updatedAt: '2026-03-29T06:00:00.000Z',
    },
  ],
  settings: [{ key: 'theme', value: 'dark' }],
};

const recordSchemas = { sessions: exerciseSessionSchema, symptoms: symptomEntrySchema, settings: settingSchema };
const fixtureCount = (table: string) => v1Fixtures[table]?.length ?? 0;

describe('the database identity', () => {
  it('never changes its name', () => {
    expect(DB_NAME).toBe('exercise-symptom-journal');
    expect(createJournalDatabase().name).toBe(DB_NAME);
  });

  it('is at the latest of its versions, which only ever increase', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(SCHEMA_VERSIONS[0]).toBe(schemaV1);
    SCHEMA_VERSIONS.forEach((schema, index) => expect(schema.version).toBe(index + 1));
  });
});

describe('version 1', () => {
  it('installs fresh with its tables and indexes, and keeps every row written to it', async () => {
    const seen: string[] = [];
    const result = await runMigration({
      from: [],
      to: SCHEMA_VERSIONS.slice(0, 1),
      fixtures: v1Fixtures,
      check: (row, { table, before }) => {
        expect(row).toEqual(before);
        seen.push(`${table}:${String(row['id'] ?? row['key'])}`);
      },
    });
    expect(result.version).toBe(1);
    expect(seen).toHaveLength(fixtureCount('sessions') + fixtureCount('symptoms') + fixtureCount('settings'));
    expect(result.indexes).toEqual({
      sessions: ['activity', 'startedAt'],
      symptoms: ['notedAt', 'sessionId'],
      settings: [],
    });
  });

  it('is readable by the current app with every row passing today’s record schemas', async () => {
    await runMigration({
      from: SCHEMA_VERSIONS.slice(0, 1),
      to: SCHEMA_VERSIONS,
      fixtures: v1Fixtures,
      check: (row, { table, before }) => {
        expect(before).toBeDefined();
        const schema = recordSchemas[table as keyof typeof recordSchemas];
        expect(schema.safeParse(row).success).toBe(true);
      },
    });
  });
});

describe('version 2', () => {
  it('gives every workout and symptom the new fields, splits "both sides" of a paired region, and adds the indexes', async () => {
    const result = await runMigration({
      from: SCHEMA_VERSIONS.slice(0, 1),
      to: SCHEMA_VERSIONS.slice(0, 2),
      fixtures: v1Fixtures,
      check: (row, { table, before }) => {
        if (table === 'sessions') {
          expect(row).toEqual({ ...before, intensity: null, factors: NO_FACTORS_RECORDED, source: 'person' });
        }
        if (table === 'symptoms') {
          const locations = (before?.['locations'] ?? []) as { region: string; side: string }[];
          const expected = normaliseLocations(locations as Parameters<typeof normaliseLocations>[0]);
          expect(row).toMatchObject({ locations: expected, onset: null, ongoing: false, source: 'person' });
          expect(row['locations']).not.toContainEqual(
            expect.objectContaining({ region: 'toes', side: 'both' }) as unknown,
          );
        }
        if (table === 'settings') expect(row).toEqual(before);
      },
    });
    expect(result.version).toBe(2);
    expect(result.indexes).toEqual({
      sessions: ['activity', 'source', 'startedAt'],
      symptoms: ['notedAt', 'sensations', 'sessionId', 'source'],
      settings: [],
    });
  });
});

/** Throwaway versions that exist only in these tests, to prove the harness catches what it should. */
const v2AddsSensationIndex: SchemaVersion = {
  version: 2,
  stores: { symptoms: 'id, notedAt, sessionId, *sensations' },
  upgrade: (transaction) =>
    transaction
      .table('symptoms')
      .toCollection()
      .modify((row: Row) => {
        row['sensationCount'] = (row['sensations'] as unknown[]).length;
      }),
};

const v2RenamesActivity: SchemaVersion = {
  version: 2,
  stores: { sessions: 'id, startedAt, activityLabel' },
  upgrade: (transaction) =>
    transaction
      .table('sessions')
      .toCollection()
      .modify((row: Row) => {
        row['activityLabel'] = row['activity'];
        delete row['activity'];
      }),
};

describe('the migration harness with a throwaway version 2', () => {
  it('adds a derived field to every symptom and a multi-entry index, leaving other tables alone', async () => {
    const upgraded = new Set<unknown>();
    const result = await runMigration({
      from: [schemaV1],
      to: [schemaV1, v2AddsSensationIndex],
      fixtures: v1Fixtures,
      check: (row, { table, before }) => {
        if (table === 'symptoms') {
          expect(row).toEqual({ ...before, sensationCount: (before?.['sensations'] as unknown[]).length });
          upgraded.add(row['id']);
        } else {
          expect(row).toEqual(before);
        }
      },
    });
    expect(result.version).toBe(2);
    expect(upgraded.size).toBe(fixtureCount('symptoms'));
    expect(result.indexes['symptoms']).toEqual(['notedAt', 'sensations', 'sessionId']);
    expect(result.indexes['sessions']).toEqual(['activity', 'startedAt']);
  });

  it('lets the new index find rows written before it existed', async () => {
    const name = uniqueDatabaseName();
    await seedDatabase(name, [schemaV1], v1Fixtures);
    const db = createJournalDatabase({ name, versions: [schemaV1, v2AddsSensationIndex] });
    try {
      const tingling = await db.symptoms.where('sensations').equals('tingling').primaryKeys();
      expect(tingling).toEqual(['c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f']);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('renames a field on every workout and moves its index', async () => {
    const result = await runMigration({
      from: [schemaV1],
      to: [schemaV1, v2RenamesActivity],
      fixtures: v1Fixtures,
      check: (row, { table, before }) => {
        if (table === 'sessions') {
          const { activity, ...rest } = before ?? {};
          expect(row).toEqual({ ...rest, activityLabel: activity });
          expect(row).not.toHaveProperty('activity');
        } else {
          expect(row).toEqual(before);
        }
      },
    });
    expect(result.indexes['sessions']).toEqual(['activityLabel', 'startedAt']);
    expect(result.rows['sessions']?.map((row) => row['activityLabel']).sort()).toEqual(['Rowing machine', 'running']);
  });

  it('fails a migration that silently loses a row', async () => {
    const losesARow: SchemaVersion = {
      version: 2,
      stores: {},
      upgrade: (transaction) =>
        transaction
          .table('symptoms')
          .where('notedAt')
          .below('2026-03-28T08:00:00.000Z')
          .delete()
          .then(() => undefined),
    };
    await expect(
      runMigration({ from: [schemaV1], to: [schemaV1, losesARow], fixtures: v1Fixtures, check: () => undefined }),
    ).rejects.toThrow(new MigrationCheckError('Table symptoms has 2 rows after the upgrade, expected 3'));
  });

  it('accepts a migration that removes rows when the case says how many remain', async () => {
    const dropsUnlinked: SchemaVersion = {
      version: 2,
      stores: {},
      upgrade: (transaction) =>
        transaction
          .table('symptoms')
          .filter((row: Row) => row['sessionId'] === null)
          .delete()
          .then(() => undefined),
    };
    const result = await runMigration({
      from: [schemaV1],
      to: [schemaV1, dropsUnlinked],
      fixtures: v1Fixtures,
      expectedCounts: { symptoms: 2 },
      check: (row, { table }) => {
        if (table === 'symptoms') expect(row['sessionId']).not.toBeNull();
      },
    });
    expect(result.rows['symptoms']).toHaveLength(2);
  });

  it('fails a migration that forgets some rows', async () => {
    const upgradesOnlySome: SchemaVersion = {
      ...v2AddsSensationIndex,
      upgrade: (transaction) =>
        transaction
          .table('symptoms')
          .filter((row: Row) => (row['severity'] as number) > 2)
          .modify((row: Row) => {
            row['sensationCount'] = (row['sensations'] as unknown[]).length;
          })
          .then(() => undefined),
    };
    await expect(
      runMigration({
        from: [schemaV1],
        to: [schemaV1, upgradesOnlySome],
        fixtures: v1Fixtures,
        check: (row, { table }) => {
          if (table === 'symptoms') expect(row).toHaveProperty('sensationCount');
        },
      }),
    ).rejects.toThrow('sensationCount');
  });

  it('leaves the journal at version 1, every row intact, when an upgrade throws', async () => {
    const name = uniqueDatabaseName();
    const failing: SchemaVersion = {
      version: 2,
      stores: { symptoms: 'id, notedAt, sessionId, *sensations' },
      upgrade: async (transaction) => {
        await transaction
          .table('symptoms')
          .toCollection()
          .modify((row: Row) => {
            row['sensations'] = [];
          });
        throw new Error('disk full halfway through');
      },
    };
    try {
      await seedDatabase(name, [schemaV1], v1Fixtures);
      const upgraded = createJournalDatabase({ name, versions: [schemaV1, failing] });
      await expect(upgraded.open()).rejects.toThrow('disk full halfway through');
      upgraded.close();

      const reopened = createJournalDatabase({ name, versions: [schemaV1] });
      try {
        await reopened.open();
        expect(reopened.verno).toBe(1);
        expect(await readAllRows(reopened)).toEqual(v1Fixtures);
      } finally {
        reopened.close();
      }
    } finally {
      await Dexie.delete(name);
    }
  });

  it('reports the latest version it was given', () => {
    expect(latestVersion([schemaV1, v2AddsSensationIndex])).toBe(2);
  });
});
