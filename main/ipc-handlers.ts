import type { BackupKeeper } from '../shared/backup-keeper';
import { saveFile, type AskSavePath } from './file-save';
import { handle } from './ipc';
import { saveReportPdf, type ReportPdfDeps } from './report-pdf';

export interface IpcHandlerDeps {
  readonly trustedOrigins: readonly string[];
  readonly version: string;
  readonly profileDir: string;
  readonly backupDir: string;
  readonly documentsDir: string;
  readonly backups: BackupKeeper;
  readonly askSavePath: AskSavePath;
  readonly showNotification: (title: string, body: string) => void;
  readonly openHiddenReport: ReportPdfDeps['openHiddenReport'];
}

/** Registers one handler per channel of the contract. */
export function registerIpcHandlers(deps: IpcHandlerDeps): void {
  const options = { trustedOrigins: deps.trustedOrigins };
  handle(
    'app:get-info',
    () => ({ version: deps.version, profileLocation: deps.profileDir, backupLocation: deps.backupDir }),
    options,
  );
  handle('file:save', (request) => saveFile(request, deps), options);
  handle('backup:write', ({ json, keep }) => deps.backups.write(json, keep), options);
  handle('backup:list', () => deps.backups.list(), options);
  handle('backup:read', ({ fileName }) => deps.backups.read(fileName), options);
  handle('report:save-pdf', (request) => saveReportPdf(request, deps), options);
  handle(
    'reminder:notify',
    ({ title, body }) => {
      deps.showNotification(title, body);
      return undefined;
    },
    options,
  );
}
