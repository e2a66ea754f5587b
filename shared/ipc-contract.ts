import { z } from 'zod';
import { BACKUP_FORMAT_ID } from './backup-format';
import type { BackupFileInfo } from './backup-files';
import { isBackupFileName } from './backup-files';
import { PAPER_SIZES } from './paper-size';

/**
 * Every channel between the renderer and the main process, in one place: its name
 * (`domain:action`), the schema its input must pass in the main process, and the type it returns.
 * Nothing else in the codebase names a channel.
 */

export interface AppInfo {
  readonly version: string;
  /** Where the journal's data lives, as the person would look for it. */
  readonly profileLocation: string;
  /** Where automatic backups are written. */
  readonly backupLocation: string;
}

export type SaveFileResult = { readonly status: 'saved'; readonly location: string } | { readonly status: 'cancelled' };

/**
 * Longest file (in UTF-16 code units, as strings are measured) the renderer may hand over to be
 * saved or kept as a backup; the 10-year benchmark dataset is about 30 MB.
 */
export const MAX_FILE_LENGTH = 256 * 1024 * 1024;

const fileNameSchema = z
  .string()
  .min(1)
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'A file name, not a path')
  .refine((name) => name !== '.' && name !== '..', 'A file name, not a path');

export const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  /** Text is written as UTF-8; bytes (a PDF) as they are. */
  contents: z.union([
    z.string().max(MAX_FILE_LENGTH),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_LENGTH),
  ]),
  filter: z.object({
    name: z.string().min(1).max(80),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/))
      .min(1)
      .max(5),
  }),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const writeBackupRequestSchema = z.object({
  /**
   * A serialised journal backup. This is a cheap gate against other text; the backup keeper then
   * parses the whole file and refuses anything that is not a valid backup.
   */
  json: z
    .string()
    .max(MAX_FILE_LENGTH)
    .refine((json) => json.includes(BACKUP_FORMAT_ID), 'Not a journal backup'),
  /** Backups this write must not prune: the file a restore is about to read from. */
  keep: z.array(z.string().max(120).refine(isBackupFileName, 'Not a backup file name')).max(1).optional(),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

export const readBackupRequestSchema = z.object({
  fileName: z.string().max(120).refine(isBackupFileName, 'Not a backup file name'),
});
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;

export const saveReportPdfRequestSchema = z
  .object({
    suggestedName: fileNameSchema.refine((name) => name.toLowerCase().endsWith('.pdf'), 'A PDF file name'),
    paperSize: z.enum(PAPER_SIZES),
    /** The report's local days; the hidden window draws the print route for them. */
    fromDay: z.iso.date(),
    toDay: z.iso.date(),
  })
  .refine((request) => request.fromDay <= request.toDay, 'The report starts after it ends');
export type SaveReportPdfRequest = z.infer<typeof saveReportPdfRequestSchema>;

export const notifyRequestSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(400),
});
export type NotifyRequest = z.infer<typeof notifyRequestSchema>;

const noInput = z.undefined();

/** A phantom value that carries a channel's output type without any runtime cost. */
function returns<T>(): T {
  return undefined as T;
}

export const ipcContract = {
  'app:get-info': { input: noInput, output: returns<AppInfo>() },
  'file:save': { input: saveFileRequestSchema, output: returns<SaveFileResult>() },
  'backup:write': { input: writeBackupRequestSchema, output: returns<BackupFileInfo>() },
  'backup:list': { input: noInput, output: returns<readonly BackupFileInfo[]>() },
  'backup:read': { input: readBackupRequestSchema, output: returns<string>() },
  'reminder:notify': { input: notifyRequestSchema, output: returns<undefined>() },
  'report:save-pdf': { input: saveReportPdfRequestSchema, output: returns<SaveFileResult>() },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcInput<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['input']>;
export type IpcOutput<C extends IpcChannel> = (typeof ipcContract)[C]['output'];
export const IPC_CHANNELS = Object.keys(ipcContract) as IpcChannel[];
