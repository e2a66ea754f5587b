import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/app-identity';
import { IPC_CHANNELS } from '../../../shared/ipc-contract';
import { createBackupStore } from '../../../main/backup-store';
import type { AskSavePath } from '../../../main/file-save';
import { backupJson } from './backup-fixture';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const listeners = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) },
}));

const { registerIpcHandlers } = await import('../../../main/ipc-handlers');

const fromApp = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };

function invoke(channel: string, input?: unknown, event: unknown = fromApp): Promise<unknown> {
  const listener = listeners.get(channel);
  if (!listener) throw new Error(`Nothing registered for ${channel}`);
  return Promise.resolve(listener(event, input));
}

let profile: string;
let askSavePath: ReturnType<typeof vi.fn<AskSavePath>>;
let showNotification: ReturnType<typeof vi.fn<(title: string, body: string) => void>>;

beforeEach(async () => {
  listeners.clear();
  profile = await mkdtemp(join(tmpdir(), 'journal-handlers-'));
  const backupDir = join(profile, 'backups');
  askSavePath = vi.fn<AskSavePath>(() => Promise.resolve(join(profile, 'export.csv')));
  showNotification = vi.fn<(title: string, body: string) => void>();
  registerIpcHandlers({
    trustedOrigins: [APP_ORIGIN],
    version: '0.1.0',
    profileDir: profile,
    backupDir,
    documentsDir: join(profile, 'Documents'),
    backups: createBackupStore(backupDir),
    askSavePath,
    showNotification,
    openHiddenReport: () =>
      Promise.resolve({
        reportState: () => Promise.resolve('ready'),
        printToPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7 report')),
        close: () => undefined,
      }),
  });
});

afterEach(async () => {
  await rm(profile, { recursive: true, force: true });
});

describe('registerIpcHandlers', () => {
  it('answers every channel of the contract', () => {
    expect([...listeners.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('tells the renderer the version and where the data lives', async () => {
    await expect(invoke('app:get-info')).resolves.toEqual({
      version: '0.1.0',
      profileLocation: profile,
      backupLocation: join(profile, 'backups'),
    });
  });

  it('saves a file where the person chose', async () => {
    const request = { suggestedName: 'export.csv', contents: 'a,b\n', filter: { name: 'CSV', extensions: ['csv'] } };
    await expect(invoke('file:save', request)).resolves.toEqual({
      status: 'saved',
      location: join(profile, 'export.csv'),
    });
    expect(await readFile(join(profile, 'export.csv'), 'utf8')).toBe('a,b\n');
    expect(askSavePath).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(profile, 'Documents', 'export.csv') }),
    );
  });

  it('shows a follow-up reminder as a desktop notification, and refuses an empty title', async () => {
    await invoke('reminder:notify', { title: 'How do you feel now?', body: 'Your run was a while ago.' });
    expect(showNotification).toHaveBeenCalledWith('How do you feel now?', 'Your run was a while ago.');
    await expect(invoke('reminder:notify', { title: '', body: 'x' })).rejects.toThrow('invalid input');
    expect(showNotification).toHaveBeenCalledTimes(1);
  });

  it('refuses a suggested name that is a path, before any dialog opens', async () => {
    const request = { suggestedName: '../../.bashrc', contents: 'x', filter: { name: 'CSV', extensions: ['csv'] } };
    await expect(invoke('file:save', request)).rejects.toThrow('invalid input');
    expect(askSavePath).not.toHaveBeenCalled();
  });

  it('saves the report as a PDF, and refuses a name that is not a PDF or days the wrong way round before any dialog opens', async () => {
    await expect(
      invoke('report:save-pdf', {
        suggestedName: 'visit.txt',
        paperSize: 'A4',
        fromDay: '2026-08-22',
        toDay: '2026-11-21',
      }),
    ).rejects.toThrow('invalid input');
    await expect(
      invoke('report:save-pdf', {
        suggestedName: 'visit.pdf',
        paperSize: 'A4',
        fromDay: '2026-11-21',
        toDay: '2026-08-22',
      }),
    ).rejects.toThrow('invalid input');
    expect(askSavePath).not.toHaveBeenCalled();
    await expect(
      invoke('report:save-pdf', {
        suggestedName: 'visit.pdf',
        paperSize: 'Letter',
        fromDay: '2026-08-22',
        toDay: '2026-11-21',
      }),
    ).resolves.toEqual({
      status: 'saved',
      location: join(profile, 'export.csv'),
    });
    expect(await readFile(join(profile, 'export.csv'), 'utf8')).toBe('%PDF-1.7 report');
  });

  it('writes, lists and reads back backups', async () => {
    const json = backupJson('2026-11-21T19:24:25.123Z');
    const written = await invoke('backup:write', { json });
    await expect(invoke('backup:list')).resolves.toEqual([written]);
    await expect(invoke('backup:read', { fileName: 'journal-2026-11-21T19-24-25-123Z.json' })).resolves.toBe(json);
  });

  it('refuses a backup that is not one', async () => {
    await expect(invoke('backup:write', { json: '{"format":"exercise-symptom-journal-backup"}' })).rejects.toThrow(
      'Not a journal backup',
    );
    await expect(invoke('backup:list')).resolves.toEqual([]);
  });

  it('answers nothing to a page of another origin', async () => {
    const foreign = { senderFrame: { url: 'https://evil.example/' } };
    await expect(invoke('app:get-info', undefined, foreign)).rejects.toThrow('untrusted sender');
    await expect(invoke('backup:list', undefined, foreign)).rejects.toThrow('untrusted sender');
  });
});
