import type { BackupFileInfo } from './backup-files';
import type {
  AppInfo,
  NotifyRequest,
  ReadBackupRequest,
  SaveFileRequest,
  SaveFileResult,
  SaveReportPdfRequest,
  WriteBackupRequest,
} from './ipc-contract';

/**
 * What the renderer may ask of the computer around it. The desktop preload implements it over IPC;
 * the browser build implements it with downloads and the origin-private file system. Features use
 * this interface only and never ask which one they have.
 */
export interface DesktopBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Asks where to save (a dialog on the desktop, a download in the browser) and writes the file. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Keeps a serialised backup in the profile's backups folder and prunes old ones. */
  writeBackup(request: WriteBackupRequest): Promise<BackupFileInfo>;
  /** Backups on disk, newest first. */
  listBackups(): Promise<readonly BackupFileInfo[]>;
  readBackup(request: ReadBackupRequest): Promise<string>;
  /**
   * A desktop notification, where the platform has them. The app shows its own banner as well, so
   * where there are none (a browser tab) nothing is lost.
   */
  notify(request: NotifyRequest): Promise<void>;
  /**
   * The visit report as a PDF. The desktop draws the report's print route in a hidden window and
   * saves the PDF where the person chooses; a browser has no PDF printer of its own to call, so it
   * opens its print dialog on the same print styles (where "Save as PDF" is one of the printers).
   */
  saveReportPdf(request: SaveReportPdfRequest): Promise<SaveFileResult | { readonly status: 'print-dialog' }>;
}

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'journalBridge';
