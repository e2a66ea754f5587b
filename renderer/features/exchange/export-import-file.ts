import {
  MAX_EXPORT_FILE_BYTES,
  readJournalExport,
  type ExportReadResult,
} from '../../../shared/exchange/export-import';

/**
 * Reads the files a person chose as one of the journal's exports. The number of files and their
 * sizes are checked before a byte is read: a file this large would only hold the app up.
 */
export async function readChosenExport(files: readonly File[]): Promise<ExportReadResult> {
  if (files.length > 2) return { ok: false, problems: [{ code: 'too-many-files' }], csvProblems: [] };
  const tooLarge = files.filter((file) => file.size > MAX_EXPORT_FILE_BYTES);
  if (tooLarge.length > 0) {
    return { ok: false, problems: tooLarge.map((file) => ({ code: 'too-large', name: file.name })), csvProblems: [] };
  }
  const read = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return readJournalExport(read);
}
