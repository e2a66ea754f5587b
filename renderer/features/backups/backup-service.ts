import { isDailyBackupDue, type BackupFileInfo } from '../../../shared/backup-files';
import {
  createBackup,
  parseBackup,
  serializeBackup,
  type BackupProblem,
  type BackupReason,
} from '../../../shared/backup-format';
import type { DesktopBridge } from '../../../shared/bridge';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import type { JournalRepository } from '../../db/repository';

/** A backup file that can't be restored; `problem` names the i18n message under `backup.problem`. */
export class BackupRestoreError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`The backup cannot be restored: ${problem}`);
    this.name = 'BackupRestoreError';
  }
}

/** A backup of an empty journal would only push real backups out of the rotation. */
export class NothingToBackUpError extends Error {
  constructor() {
    super('The journal is empty: there is nothing to back up.');
    this.name = 'NothingToBackUpError';
  }
}

export type StartupBackupOutcome =
  | { readonly kind: 'ready' }
  | { readonly kind: 'offer-restore'; readonly newest: BackupFileInfo }
  | { readonly kind: 'backup-failed'; readonly reason: string };

/**
 * Backups on disk, seen from the renderer: it serialises the database, the bridge keeps the files.
 * A backup is taken at start at most once a day, and before anything that removes data.
 */
export class BackupService {
  constructor(
    private readonly repository: JournalRepository,
    private readonly bridge: DesktopBridge,
    private readonly appVersion: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `keep` names a backup this one must not prune, such as the one about to be restored. */
  async takeBackup(reason: BackupReason, keep?: string): Promise<BackupFileInfo> {
    if (await this.repository.isEmpty()) throw new NothingToBackUpError();
    const backup = createBackup(await this.repository.snapshot(), {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: this.appVersion,
      createdAt: this.now(),
      reason,
    });
    const json = serializeBackup(backup);
    return this.bridge.writeBackup(keep === undefined ? { json } : { json, keep: [keep] });
  }

  /**
   * An empty journal with backups on disk most likely means the browser storage was wiped (Chromium
   * clears IndexedDB when the disk is full), so the person is offered the newest backup. An empty
   * journal is never backed up, so it can't push a real backup out of the rotation.
   */
  async onStartup(): Promise<StartupBackupOutcome> {
    try {
      const backups = await this.bridge.listBackups();
      if (await this.repository.isEmpty()) {
        const newest = backups[0];
        return newest ? { kind: 'offer-restore', newest } : { kind: 'ready' };
      }
      if (isDailyBackupDue(backups, this.now())) await this.takeBackup('daily');
      return { kind: 'ready' };
    } catch (error) {
      return { kind: 'backup-failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Replaces the journal with a backup file, after backing up what is there now. */
  async restore(fileName: string): Promise<void> {
    const parsed = parseBackup(await this.bridge.readBackup({ fileName }), CURRENT_SCHEMA_VERSION);
    if (!parsed.ok) throw new BackupRestoreError(parsed.problem);
    // The safety backup must not prune the file being restored (an old one past the newest ten):
    // if the restore then failed, that file would be lost with it.
    if (!(await this.repository.isEmpty())) await this.takeBackup('before-restore', fileName);
    await this.repository.replaceAll(parsed.backup.tables);
  }

  /** A journal with no entries has nothing worth a backup (and an empty one would push real ones out). */
  private async takeBackupUnlessEmpty(reason: BackupReason): Promise<void> {
    if (!(await this.repository.isEmpty())) await this.takeBackup(reason);
  }

  /** Removes the sample entries, after backing up the journal as it is. */
  async removeSampleData(): Promise<number> {
    await this.takeBackupUnlessEmpty('before-sample-removal');
    return this.repository.removeSampleEntries();
  }

  /** Removes an article the person imported, after backing it up with the rest. */
  async removeArticle(id: string): Promise<void> {
    await this.takeBackupUnlessEmpty('before-article-removal');
    await this.repository.removeArticle(id);
  }

  /** Erases every workout and symptom, after backing them up. */
  async eraseJournal(): Promise<void> {
    await this.takeBackupUnlessEmpty('before-erase');
    await this.repository.eraseJournal();
  }
}
