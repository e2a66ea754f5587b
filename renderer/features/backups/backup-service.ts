import { encryptBackupText } from '../../../shared/backup-crypto';
import { isDailyBackupDue, type BackupFileInfo } from '../../../shared/backup-files';
import {
  BackupTextWriter,
  backupHeader,
  createBackup,
  ENCRYPTED_EXPORT_EXTENSION,
  exportFileName,
  parseBackup,
  PLAIN_EXPORT_EXTENSION,
  type BackupReason,
  type JournalSnapshot,
} from '../../../shared/backup-format';
import {
  exceedsBackupFileLimit,
  previewBackup,
  readBackupFile,
  type BackupFileProblem,
  type BackupOpenResult,
  type BackupPreview,
} from '../../../shared/backup-preview';
import type { DesktopBridge } from '../../../shared/bridge';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import type { JournalMergeResult, JournalRepository } from '../../db/repository';

/** A backup file that can't be restored; `problem` names the i18n message under `backup.problem`. */
export class BackupRestoreError extends Error {
  constructor(readonly problem: BackupFileProblem) {
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

/**
 * Why a backup could not be exported: `passphrase-empty` (encryption asked for with an empty
 * passphrase) or `too-large` (the file would be larger than a backup file may be opened again).
 */
export type BackupExportProblem = 'passphrase-empty' | 'too-large';

export class BackupExportError extends Error {
  constructor(readonly problem: BackupExportProblem) {
    super(`The backup cannot be exported: ${problem}`);
    this.name = 'BackupExportError';
  }
}

/** A backup ready for `bridge.saveFile`; the UI adds the filter's name in the person's language. */
export interface BackupExport {
  /** `journal-backup-2026-11-21.json`, or `….json.enc` when encrypted. */
  readonly suggestedName: string;
  /** The backup's JSON text, or the encrypted file's bytes. */
  readonly contents: string | Uint8Array<ArrayBuffer>;
  readonly encrypted: boolean;
  /** For the save dialog's filter: `json`, or `enc` when encrypted. */
  readonly extension: string;
}

/** `replace`: the journal becomes the file's, settings included. `merge`: see `JournalRepository.mergeAll`. */
export type BackupApplyMode = 'replace' | 'merge';

interface AppliedBackup {
  /** The dry run the change followed. */
  readonly preview: BackupPreview;
  /** The journal as it was before, or null when it was empty and there was nothing to keep. */
  readonly safetyBackup: BackupFileInfo | null;
}

export type BackupApplyResult =
  | (AppliedBackup & { readonly mode: 'replace' })
  | (AppliedBackup & { readonly mode: 'merge'; readonly merged: JournalMergeResult });

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
    // The app restores from these: a row it could not restore fails the backup here, naming it.
    const json = await this.journalText(this.now(), reason, { checkRows: true });
    return this.bridge.writeBackup(keep === undefined ? { json } : { json, keep: [keep] });
  }

  /**
   * The whole journal as backup text, read and written a page of rows at a time (see the layout in
   * `backup-format.ts`): at ten years of entries, holding every row as an object beside the text
   * was most of the memory a backup took. With `checkRows` each row is checked as it is written
   * (`BackupTextWriter`).
   */
  private async journalText(
    createdAt: Date,
    reason: BackupReason,
    options: { readonly checkRows: boolean },
  ): Promise<string> {
    const writer = new BackupTextWriter(
      backupHeader({ schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: this.appVersion, createdAt, reason }),
      options,
    );
    await this.repository.readInPages((table, rows) => writer.addRows(table, rows));
    return writer.finish();
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

  /**
   * The whole journal as a file to save, encrypted when a passphrase is given. An empty journal is
   * refused with NothingToBackUpError, as for `takeBackup`.
   */
  async exportBackup(options: { readonly passphrase?: string } = {}): Promise<BackupExport> {
    const { passphrase } = options;
    if (passphrase === '') throw new BackupExportError('passphrase-empty');
    if (await this.repository.isEmpty()) throw new NothingToBackUpError();
    const createdAt = this.now();
    // Written as the journal holds it, as ever: a person's own copy of their data, even if a row
    // would fail the checks of a restore (a damaged profile), is better out than refused.
    const text = await this.journalText(createdAt, 'manual', { checkRows: false });
    const encrypted = passphrase !== undefined;
    const contents = encrypted ? await encryptBackupText(text, passphrase) : text;
    // A file this app could not open again is no backup.
    if (exceedsBackupFileLimit(contents)) throw new BackupExportError('too-large');
    return {
      suggestedName: exportFileName(createdAt, encrypted),
      contents,
      encrypted,
      extension: encrypted ? ENCRYPTED_EXPORT_EXTENSION : PLAIN_EXPORT_EXTENSION,
    };
  }

  /**
   * Reads a file the person opened and compares it with the journal, changing nothing. Hand it the
   * file's bytes. An encrypted file without a passphrase answers `passphrase-required` (after every
   * check that needs none), which is when to ask for it.
   */
  async previewBackupFile(
    content: string | Uint8Array,
    options: { readonly passphrase?: string } = {},
  ): Promise<BackupOpenResult> {
    const read = await readBackupFile(content, { supportedSchemaVersion: CURRENT_SCHEMA_VERSION, ...options });
    if (!read.ok) return read;
    return previewBackup(read.file, await this.repository.snapshot());
  }

  /**
   * Previews the file again against the journal as it is now, and applies it only when it has no
   * problem at all (else BackupRestoreError with the code): first a `before-restore` backup of the
   * journal (none when it is empty), then the replace or merge in one transaction.
   */
  async applyBackupFile(
    content: string | Uint8Array,
    options: { readonly mode: BackupApplyMode; readonly passphrase?: string },
  ): Promise<BackupApplyResult> {
    const { mode, ...readOptions } = options;
    const opened = await this.previewBackupFile(content, readOptions);
    if (!opened.ok) throw new BackupRestoreError(opened.problem);
    const safetyBackup = (await this.repository.isEmpty()) ? null : await this.takeBackup('before-restore');
    if (mode === 'replace') {
      await this.repository.replaceAll(opened.backup.tables);
      return { mode, preview: opened.preview, safetyBackup };
    }
    const merged = await this.repository.mergeAll(opened.backup.tables);
    return { mode, preview: opened.preview, merged, safetyBackup };
  }

  /**
   * Compares workouts and symptoms read from an export (CSV or FHIR) with the journal, changing
   * nothing: the dry run of a backup file, over a backup holding just these rows.
   */
  async previewEntries(entries: Pick<JournalSnapshot, 'sessions' | 'symptoms'>): Promise<BackupPreview> {
    const backup = createBackup(
      { ...entries, settings: [], articles: [] },
      { schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: this.appVersion, createdAt: this.now(), reason: 'manual' },
    );
    const { tables, schemaVersion, appVersion, createdAt, reason } = backup;
    const none = { sessions: 0, symptoms: 0, settings: 0, articles: 0 };
    const report = {
      meta: { schemaVersion, appVersion, createdAt, reason },
      rows: tables,
      rowCounts: { ...none, sessions: tables.sessions.length, symptoms: tables.symptoms.length },
      invalidRows: none,
      errors: [],
      errorCount: 0,
    };
    const opened = previewBackup({ encrypted: false, backup, report }, await this.repository.snapshot());
    // A report without errors always previews as applicable.
    if (!opened.ok) throw new BackupRestoreError(opened.problem);
    return opened.preview;
  }

  /**
   * Merges workouts and symptoms read from an export into the journal, in one transaction, by the
   * rules of `JournalRepository.mergeAll`; an export is not the whole journal, so it never replaces
   * it. A `before-restore` backup is taken first, unless the journal is empty or the merge would
   * change nothing (a copy of an unchanged journal would only push an older backup out).
   */
  async mergeEntries(
    entries: Pick<JournalSnapshot, 'sessions' | 'symptoms'>,
  ): Promise<{ readonly merged: JournalMergeResult; readonly safetyBackup: BackupFileInfo | null }> {
    const { sessions, symptoms } = (await this.previewEntries(entries)).tables;
    const changes = sessions.new + sessions.newerInFile + symptoms.new + symptoms.newerInFile;
    const safetyBackup =
      changes === 0 || (await this.repository.isEmpty()) ? null : await this.takeBackup('before-restore');
    const merged = await this.repository.mergeAll({ ...entries, settings: [], articles: [] });
    return { merged, safetyBackup };
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
