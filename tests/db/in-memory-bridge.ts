import { backupFileNameFor, type BackupFileInfo } from '../../shared/backup-files';
import {
  createBackup,
  parseBackup,
  serializeBackup,
  type BackupReason,
  type JournalBackup,
  type JournalSnapshot,
} from '../../shared/backup-format';
import {
  createBackupKeeper,
  type BackupFolder,
  type BackupKeeper,
  type BackupTextCheck,
} from '../../shared/backup-keeper';
import type { DesktopBridge } from '../../shared/bridge';
import { readBackupRequestSchema, writeBackupRequestSchema, type SaveFileResult } from '../../shared/ipc-contract';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';

export const TEST_APP_VERSION = '0.1.0-test';

/**
 * The bridge's backup side as the real bridges build it (the shared keeper), over a folder kept in
 * memory instead of on disk or in the browser's file storage: checking every row as the desktop
 * app's main process does, or only the layout as the browser build does. Saving a file is always
 * cancelled.
 */
export class InMemoryBackupBridge implements DesktopBridge {
  readonly files = new Map<string, string>();

  private readonly keeper: BackupKeeper;

  constructor(textCheck: BackupTextCheck = 'every-row') {
    this.keeper = createBackupKeeper(this.folder(), textCheck);
  }

  private folder(): BackupFolder {
    return {
      fileNames: async () => [...this.files.keys()],
      sizeOf: async (fileName) => this.files.get(fileName)?.length ?? null,
      write: async (fileName, text) => void this.files.set(fileName, text),
      read: async (fileName) => {
        const json = this.files.get(fileName);
        if (json === undefined) throw new Error('No such backup');
        return json;
      },
      remove: async (fileName) => void this.files.delete(fileName),
    };
  }

  async getAppInfo() {
    return { version: TEST_APP_VERSION, profileLocation: '/profile', backupLocation: '/profile/backups' };
  }

  async saveFile(): Promise<SaveFileResult> {
    return { status: 'cancelled' };
  }

  async notify(): Promise<void> {}

  async saveReportPdf(): Promise<SaveFileResult> {
    return { status: 'cancelled' };
  }

  writeBackup(request: { json: string; keep?: string[] }): Promise<BackupFileInfo> {
    const { json, keep } = writeBackupRequestSchema.parse(request);
    return this.keeper.write(json, keep);
  }

  listBackups(): Promise<readonly BackupFileInfo[]> {
    return this.keeper.list();
  }

  readBackup(request: { fileName: string }): Promise<string> {
    return this.keeper.read(readBackupRequestSchema.parse(request).fileName);
  }

  /** Puts a file in the folder as an earlier run of the app would have left it. */
  place(snapshot: JournalSnapshot, createdAt: Date, reason: BackupReason = 'daily'): string {
    const backup = createBackup(snapshot, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.0.9',
      createdAt,
      reason,
    });
    const fileName = backupFileNameFor(createdAt);
    this.files.set(fileName, serializeBackup(backup));
    return fileName;
  }

  backup(fileName: string): JournalBackup {
    const parsed = parseBackup(this.files.get(fileName) ?? '', Number.MAX_SAFE_INTEGER);
    if (!parsed.ok) throw new Error(`${fileName} is not a readable backup`);
    return parsed.backup;
  }

  reasons(): BackupReason[] {
    return [...this.files.keys()].sort().map((fileName) => this.backup(fileName).reason);
  }
}
