import { join } from 'node:path';
import type { SaveFileRequest, SaveFileResult } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';

export interface SaveDialogRequest {
  readonly defaultPath: string;
  readonly filters: { name: string; extensions: string[] }[];
}

/** Shows the save dialog; resolves to the chosen path, or null when the person cancels. */
export type AskSavePath = (request: SaveDialogRequest) => Promise<string | null>;

/**
 * Asks where to save, starting in Documents with the suggested name, and writes the file there:
 * text as UTF-8, bytes as they are. The write is atomic so a failure never leaves a truncated
 * report in place of one the person saved earlier.
 */
export async function saveFile(
  request: SaveFileRequest,
  deps: { readonly documentsDir: string; readonly askSavePath: AskSavePath },
): Promise<SaveFileResult> {
  const location = await deps.askSavePath({
    defaultPath: join(deps.documentsDir, request.suggestedName),
    filters: [{ name: request.filter.name, extensions: [...request.filter.extensions] }],
  });
  if (location === null) return { status: 'cancelled' };
  await writeFileAtomic(location, request.contents);
  return { status: 'saved', location };
}
