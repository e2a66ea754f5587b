import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../../main/file-save';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const csvRequest = {
  suggestedName: 'journal.csv',
  contents: 'date,activity\n2026-11-21,running — 5 km\n',
  filter: { name: 'CSV', extensions: ['csv'] },
};

describe('saveFile', () => {
  it('starts the dialog in Documents with the suggested name and the filter', async () => {
    const askSavePath = vi.fn(() => Promise.resolve(null));
    await saveFile(csvRequest, { documentsDir: '/home/ada/Documents', askSavePath });
    expect(askSavePath).toHaveBeenCalledWith({
      defaultPath: join('/home/ada/Documents', 'journal.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it('writes nothing when the person cancels', async () => {
    const result = await saveFile(csvRequest, { documentsDir: dir, askSavePath: () => Promise.resolve(null) });
    expect(result).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes text as UTF-8 where the person chose', async () => {
    const location = join(dir, 'my export.csv');
    const result = await saveFile(csvRequest, { documentsDir: dir, askSavePath: () => Promise.resolve(location) });
    expect(result).toEqual({ status: 'saved', location });
    expect(await readFile(location, 'utf8')).toBe(csvRequest.contents);
  });

  it('writes bytes as they are, replacing an older file and leaving no temporary file', async () => {
    const location = join(dir, 'report.pdf');
    await writeFile(location, 'an older, longer report that must be fully replaced');
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
    await saveFile(
      { suggestedName: 'report.pdf', contents: bytes, filter: { name: 'PDF', extensions: ['pdf'] } },
      { documentsDir: dir, askSavePath: () => Promise.resolve(location) },
    );
    expect(new Uint8Array(await readFile(location))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('fails without leaving anything behind when the folder cannot be written', async () => {
    const location = join(dir, 'missing-folder', 'journal.csv');
    await expect(
      saveFile(csvRequest, { documentsDir: dir, askSavePath: () => Promise.resolve(location) }),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
