import { describe, expect, it } from 'vitest';
import { decodeTextFile, looksBinary } from '../../../../shared/exchange/text-file';

describe('decodeTextFile', () => {
  it('reads UTF-8, accents and all', () => {
    expect(decodeTextFile(new TextEncoder().encode('Lauf am Müggelsee, 5 km'))).toBe('Lauf am Müggelsee, 5 km');
  });

  it('reads a file a Windows spreadsheet saved in Windows-1252 instead of refusing it', () => {
    // "Müggelsee, Lauf" in Windows-1252: ü is the single byte 0xFC, which is not valid UTF-8.
    // (Only letters that Latin-1 shares: Node decodes this label as Latin-1, browsers as the full table.)
    const bytes = new Uint8Array([
      0x4d, 0xfc, 0x67, 0x67, 0x65, 0x6c, 0x73, 0x65, 0x65, 0x2c, 0x20, 0x4c, 0x61, 0x75, 0x66,
    ]);
    expect(decodeTextFile(bytes)).toBe('Müggelsee, Lauf');
  });
});

describe('looksBinary', () => {
  it('accepts text with tabs and either kind of line break', () => {
    expect(looksBinary('a,b\r\n"c\td",e\n')).toBe(false);
  });

  it('recognises a PNG, and UTF-16 text, by their control characters', () => {
    expect(looksBinary(decodeTextFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])))).toBe(
      true,
    );
    expect(looksBinary(decodeTextFile(new Uint8Array([0x61, 0x00, 0x62, 0x00])))).toBe(true);
  });
});
