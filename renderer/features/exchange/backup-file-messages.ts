import { formatMegabytes } from '../../i18n/format';
import type { TFunction } from 'i18next';
import type { BackupRowError } from '../../../shared/backup-format';
import { MAX_BACKUP_FILE_BYTES, type BackupFileProblem } from '../../../shared/backup-preview';
import { formattingLocale, translateKey } from '../../i18n';
import type { BackupExportProblem } from '../backups/backup-service';

export function formatCount(count: number): string {
  return new Intl.NumberFormat(formattingLocale()).format(count);
}

/** "12 workouts", "1 symptom": for sentences that name more than one count. */
export function countOf(t: TFunction, kind: 'workouts' | 'symptoms', count: number): string {
  return t(`backupFile.count.${kind}`, { count, formatted: formatCount(count) });
}

/** Why an opened file can't be used, in plain words; every code has its own message. */
export function openProblemText(t: TFunction, problem: BackupFileProblem): string {
  return problem === 'too-large'
    ? t('backupFile.problem.too-large', { size: formatMegabytes(MAX_BACKUP_FILE_BYTES, formattingLocale()) })
    : t(`backupFile.problem.${problem}`);
}

export function exportProblemText(t: TFunction, problem: BackupExportProblem): string {
  return problem === 'too-large'
    ? t('backupFile.export.problem.too-large', { size: formatMegabytes(MAX_BACKUP_FILE_BYTES, formattingLocale()) })
    : t(`backupFile.export.problem.${problem}`);
}

/** A row's error: the journal's own validation message, or why a repeated id is refused. */
export function rowErrorText(t: TFunction, error: BackupRowError): string {
  return error.code === 'duplicate-id' ? t('backupFile.rows.duplicate-id') : translateKey(error.code);
}

/** The day of an instant, in this computer's time zone: the preview knows entries by their instants only. */
export function formatDate(instant: string): string {
  return new Intl.DateTimeFormat(formattingLocale(), { dateStyle: 'medium' }).format(new Date(instant));
}
