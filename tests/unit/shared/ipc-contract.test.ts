import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../shared/backup-format';
import { IPC_CHANNELS, ipcContract } from '../../../shared/ipc-contract';

const saveInput = ipcContract['file:save'].input;
const readInput = ipcContract['backup:read'].input;
const writeInput = ipcContract['backup:write'].input;

const saveRequest = (suggestedName: string) => ({
  suggestedName,
  contents: 'date,severity\n2026-03-29,4\n',
  filter: { name: 'CSV', extensions: ['csv'] },
});

describe('the IPC contract', () => {
  it('names every channel domain:action', () => {
    expect(IPC_CHANNELS.length).toBeGreaterThan(0);
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('takes no input where none is needed', () => {
    expect(ipcContract['app:get-info'].input.safeParse(undefined).success).toBe(true);
    expect(ipcContract['app:get-info'].input.safeParse({ path: '/' }).success).toBe(false);
    expect(ipcContract['backup:list'].input.safeParse('..').success).toBe(false);
  });
});

describe('file:save', () => {
  it.each(['journal-2026-03-29.csv', 'Report – März.pdf', 'a'])('accepts the file name %j', (name) => {
    expect(saveInput.safeParse(saveRequest(name)).success).toBe(true);
  });

  it('accepts bytes as contents', () => {
    const request = { ...saveRequest('report.pdf'), contents: new Uint8Array([37, 80, 68, 70]) };
    expect(saveInput.safeParse(request).success).toBe(true);
  });

  it.each(['../x', 'a/b', 'C:\\x', 'C:x', '/etc/passwd', '..', '.', '', 'a\u0000b', 'line\nbreak', 'x'.repeat(121)])(
    'refuses the suggested name %j',
    (name) => {
      expect(saveInput.safeParse(saveRequest(name)).success).toBe(false);
    },
  );

  it('refuses an extension filter that could widen the dialog', () => {
    const request = { ...saveRequest('a.csv'), filter: { name: 'All', extensions: ['*'] } };
    expect(saveInput.safeParse(request).success).toBe(false);
  });
});

describe('backup:read', () => {
  it('accepts a backup file name', () => {
    expect(readInput.safeParse({ fileName: 'journal-2026-11-21T19-24-25-123Z.json' }).success).toBe(true);
  });

  it.each([
    '../journal-2026-11-21T19-24-25-123Z.json',
    'backups/journal-2026-11-21T19-24-25-123Z.json',
    'journal-latest.json',
    '/etc/passwd',
    '..',
    '',
  ])('refuses %j', (fileName) => {
    expect(readInput.safeParse({ fileName }).success).toBe(false);
  });

  it('refuses a missing file name', () => {
    expect(readInput.safeParse({}).success).toBe(false);
  });
});

describe('backup:write', () => {
  it('accepts a serialised journal backup', () => {
    const backup = createBackup(
      { sessions: [], symptoms: [], settings: [], articles: [] },
      { schemaVersion: 1, appVersion: '0.1.0', createdAt: new Date('2026-03-29T12:00:00.000Z'), reason: 'manual' },
    );
    expect(writeInput.safeParse({ json: serializeBackup(backup) }).success).toBe(true);
  });

  it.each(['{"hello":"world"}', '{}', 'not json', ''])('refuses %j', (json) => {
    expect(writeInput.safeParse({ json }).success).toBe(false);
  });

  it('refuses anything but text', () => {
    expect(writeInput.safeParse({ json: { format: 'exercise-symptom-journal-backup' } }).success).toBe(false);
  });
});
