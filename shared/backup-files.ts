/**
 * Names and retention of the backup files kept in the profile's `backups/` folder. Both the desktop
 * app (files on disk) and the browser build (the origin-private file system) follow these rules.
 */
export const BACKUP_FILE_PREFIX = 'journal-';
export const BACKUP_FILE_SUFFIX = '.json';
export const BACKUPS_KEPT_NEWEST = 10;
/** The startup backup is taken at most this often. */
export const DAILY_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface BackupFileInfo {
  readonly fileName: string;
  readonly createdAt: string;
  readonly sizeBytes: number;
}

const FILE_NAME_PATTERN = new RegExp(
  `^${BACKUP_FILE_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\${BACKUP_FILE_SUFFIX}$`,
);

/** `journal-2026-11-21T19-24-25-123Z.json`: the UTC time, with separators every file system accepts. */
export function backupFileNameFor(createdAt: Date): string {
  return `${BACKUP_FILE_PREFIX}${createdAt.toISOString().replace(/[:.]/g, '-')}${BACKUP_FILE_SUFFIX}`;
}

/** The instant a backup file name encodes, or null for any name this app did not write. */
export function backupTimeFromFileName(fileName: string): Date | null {
  const match = FILE_NAME_PATTERN.exec(fileName);
  if (!match) return null;
  const [year, month, day, hour, minute, second, ms] = match.slice(1);
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`);
  // Date rolls impossible days over (February 30th becomes March 2nd); only a name this app could
  // have written for that instant counts.
  return Number.isNaN(date.getTime()) || backupFileNameFor(date) !== fileName ? null : date;
}

export function isBackupFileName(fileName: string): boolean {
  return backupTimeFromFileName(fileName) !== null;
}

/**
 * Which backups to delete: keep the newest ten, plus the newest of every calendar month (UTC), so a
 * problem noticed months later can still be undone. Names this app did not write are never touched.
 */
export function backupsToPrune(fileNames: readonly string[]): string[] {
  const dated = fileNames
    .map((fileName) => ({ fileName, time: backupTimeFromFileName(fileName) }))
    .filter((entry): entry is { fileName: string; time: Date } => entry.time !== null)
    .sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set(dated.slice(0, BACKUPS_KEPT_NEWEST).map((entry) => entry.fileName));
  const monthsSeen = new Set<string>();
  for (const entry of dated) {
    const month = entry.time.toISOString().slice(0, 7);
    if (!monthsSeen.has(month)) {
      monthsSeen.add(month);
      keep.add(entry.fileName);
    }
  }
  return dated.filter((entry) => !keep.has(entry.fileName)).map((entry) => entry.fileName);
}

export function sortBackupsNewestFirst(backups: readonly BackupFileInfo[]): BackupFileInfo[] {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The startup backup runs when the newest backup is a day old or there is none. A newest backup
 * dated in the future was taken while the clock was wrong; it must not stop daily backups for good.
 */
export function isDailyBackupDue(backups: readonly BackupFileInfo[], now: Date): boolean {
  const newest = sortBackupsNewestFirst(backups)[0];
  if (newest === undefined) return true;
  const age = now.getTime() - Date.parse(newest.createdAt);
  return age < 0 || age >= DAILY_BACKUP_INTERVAL_MS;
}
