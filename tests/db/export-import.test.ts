import 'fake-indexeddb/auto';
import { testDatabase } from './test-database';
import { describe, expect, it } from 'vitest';
import { InMemoryBackupBridge, TEST_APP_VERSION } from './in-memory-bridge';
import { JournalRepository } from '../../renderer/db/repository';
import { BackupService } from '../../renderer/features/backups/backup-service';
import type { JournalSnapshot } from '../../shared/backup-format';
import { readJournalExport, type ExportFileInput } from '../../shared/exchange/export-import';
import { journalToFhirBundle } from '../../shared/exchange/fhir';
import { sessionsToCsv, symptomsToCsv } from '../../shared/exchange/journal-csv';
import { generateSampleJournal, sixMonthSample } from '../../shared/sample-data';
import { NOW, session, symptom } from '../unit/shared/fixtures';

function setup() {
  const db = testDatabase();
  const repository = new JournalRepository(db);
  const bridge = new InMemoryBackupBridge();
  const service = new BackupService(repository, bridge, TEST_APP_VERSION, () => new Date('2026-03-29T12:00:00.000Z'));
  return { repository, bridge, service };
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

function sorted(snapshot: JournalSnapshot) {
  return { ...snapshot, sessions: byId(snapshot.sessions), symptoms: byId(snapshot.symptoms) };
}

const encoder = new TextEncoder();
const file = (name: string, text: string): ExportFileInput => ({ name, bytes: encoder.encode(text) });

/** What the person's other computer exported: read back as the panel reads it. */
function exported(rows: Pick<JournalSnapshot, 'sessions' | 'symptoms'>, format: 'csv' | 'fhir') {
  const files =
    format === 'csv'
      ? [file('sessions.csv', sessionsToCsv(rows.sessions)), file('symptoms.csv', symptomsToCsv(rows.symptoms))]
      : [file('journal.json', JSON.stringify(journalToFhirBundle({ ...rows, generatedAt: NOW })))];
  const read = readJournalExport(files);
  if (!read.ok) throw new Error(`The export did not read back: ${JSON.stringify(read)}`);
  return { sessions: read.sessions, symptoms: read.symptoms };
}

const run = session({ startedAt: '2026-03-28T07:00:00.000Z' });
const swim = session({ activity: 'swimming', startedAt: '2026-03-27T07:00:00.000Z' });
const tingle = symptom({ sessionId: run.id, notedAt: '2026-03-28T08:00:00.000Z' });

describe('BackupService.previewEntries', () => {
  it('compares an export with the journal and writes nothing', async () => {
    const { repository, bridge, service } = setup();
    await repository.mergeAll({ sessions: [run], symptoms: [], settings: [], articles: [] });
    const changedLater = { ...run, notes: 'Edited on the laptop', updatedAt: '2026-03-29T11:30:00.000Z' };
    const preview = await service.previewEntries({ sessions: [changedLater, swim], symptoms: [tingle] });
    expect(preview.tables.sessions).toEqual({
      rows: 2,
      invalid: 0,
      new: 1,
      identical: 0,
      differing: 1,
      newerInFile: 1,
      inJournal: 1,
    });
    expect(preview.tables.symptoms).toMatchObject({ rows: 1, new: 1, identical: 0, differing: 0 });
    expect(preview.tables.settings.rows).toBe(0);
    expect(preview.entries).toEqual({ first: swim.startedAt, last: tingle.notedAt });
    expect(sorted(await repository.snapshot()).sessions).toEqual([run]);
    expect(bridge.files.size).toBe(0);
  });
});

describe('BackupService.mergeEntries', () => {
  it.each(['csv', 'fhir'] as const)(
    'brings a sample journal’s %s export into an empty journal, every field, with no safety backup',
    async (format) => {
      const sample = generateSampleJournal(sixMonthSample(NOW));
      const { repository, bridge, service } = setup();
      await repository.saveSetting({ key: 'theme', value: 'dark' });
      const result = await service.mergeEntries(exported(sample, format));
      expect(result.safetyBackup).toBeNull();
      expect(result.merged.sessions).toEqual({
        added: sample.sessions.length,
        updated: 0,
        unchanged: 0,
        keptJournal: 0,
      });
      expect(result.merged.symptoms.added).toBe(sample.symptoms.length);
      const journal = await repository.snapshot();
      expect(byId(journal.sessions)).toEqual(byId(sample.sessions));
      expect(byId(journal.symptoms)).toEqual(byId(sample.symptoms));
      // An export holds no settings: the journal's stay.
      expect(journal.settings).toEqual([{ key: 'theme', value: 'dark' }]);
      expect(bridge.files.size).toBe(0);
    },
  );

  it('backs up a journal with entries first, then adds, updates and keeps by change time', async () => {
    const { repository, bridge, service } = setup();
    const keptNewer = { ...swim, notes: 'Changed here later', updatedAt: '2026-03-29T11:00:00.000Z' };
    await repository.mergeAll({ sessions: [run, keptNewer], symptoms: [], settings: [], articles: [] });
    const before = await repository.snapshot();

    const changedLater = { ...run, durationMinutes: 50, updatedAt: '2026-03-29T11:30:00.000Z' };
    const result = await service.mergeEntries({ sessions: [changedLater, swim], symptoms: [tingle] });

    expect(result.merged.sessions).toEqual({ added: 0, updated: 1, unchanged: 0, keptJournal: 1 });
    expect(result.merged.symptoms).toEqual({ added: 1, updated: 0, unchanged: 0, keptJournal: 0 });
    expect(result.safetyBackup).not.toBeNull();
    const safety = bridge.backup(result.safetyBackup?.fileName ?? '');
    expect(safety.reason).toBe('before-restore');
    expect(sorted(safety.tables)).toEqual(sorted(before));
    const journal = await repository.snapshot();
    expect(byId(journal.sessions)).toEqual(byId([changedLater, keptNewer]));
    expect(journal.symptoms).toEqual([tingle]);
  });

  it('changes nothing, and backs up nothing, when the export is already in the journal', async () => {
    const { repository, bridge, service } = setup();
    await repository.mergeAll({ sessions: [run, swim], symptoms: [tingle], settings: [], articles: [] });
    const result = await service.mergeEntries(exported({ sessions: [run, swim], symptoms: [tingle] }, 'csv'));
    expect(result.merged.sessions).toEqual({ added: 0, updated: 0, unchanged: 2, keptJournal: 0 });
    expect(result.merged.symptoms).toEqual({ added: 0, updated: 0, unchanged: 1, keptJournal: 0 });
    expect(result.safetyBackup).toBeNull();
    expect(bridge.files.size).toBe(0);
  });

  it('leaves the journal as it was when one row can’t be stored', async () => {
    const { repository, service } = setup();
    await repository.mergeAll({ sessions: [run], symptoms: [], settings: [], articles: [] });
    const before = await repository.snapshot();
    // Two new rows with one id: the database refuses the second, and the whole merge with it.
    await expect(
      service.mergeEntries({ sessions: [swim, { ...swim, notes: 'again' }], symptoms: [] }),
    ).rejects.toThrow();
    expect(sorted(await repository.snapshot())).toEqual(sorted(before));
  });
});
