import { describe, expect, it } from 'vitest';
import { writeTextInChunks } from '../../../renderer/bridge/browser-bridge';

async function chunksOf(text: string, chunkBytes: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  // Copied, as the file system copies each chunk before the next is encoded into the same buffer.
  await writeTextInChunks(text, async (chunk) => void chunks.push(chunk.slice()), chunkBytes);
  return chunks;
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

describe('writeTextInChunks', () => {
  it('writes exactly the UTF-8 of the text, in chunks no larger than asked', async () => {
    const text = 'Numbness in the left calf after a long hold. '.repeat(100);
    const chunks = await chunksOf(text, 64);
    expect(chunks.length).toBeGreaterThan(60);
    expect(chunks.every((chunk) => chunk.length <= 64)).toBe(true);
    expect(joined(chunks)).toEqual(new TextEncoder().encode(text));
  });

  it('never splits a character, even one of four bytes, between two chunks', async () => {
    // Emoji and umlauts at every offset against a chunk size that is not a multiple of their length.
    const text = 'a🏃ü€'.repeat(50);
    for (const chunkBytes of [4, 5, 6, 7, 13]) {
      const chunks = await chunksOf(text, chunkBytes);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(joined(chunks))).toBe(text);
      for (const chunk of chunks) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(chunk)).not.toThrow();
    }
  });

  it('refuses a chunk too small for the next character instead of never finishing', async () => {
    await expect(chunksOf('a🏃', 3)).rejects.toThrow('at least one character');
  });

  it('writes nothing for an empty text', async () => {
    expect(await chunksOf('', 16)).toEqual([]);
  });
});
