import { beforeAll, describe, expect, it } from 'vitest';
import {
  decryptBackupFile,
  encryptBackupText,
  ENCRYPTED_BACKUP_LAYOUT,
  ENCRYPTED_HEADER_BYTES,
  isEncryptedBackup,
  looksEncrypted,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_MIN_ITERATIONS,
} from '../../../shared/backup-crypto';

const PASSPHRASE = 'correct horse battery staple';
const TEXT = JSON.stringify({ notes: 'Numb toes after the long hold, ünïcödé and 🏃' });
const layout = ENCRYPTED_BACKUP_LAYOUT;

/** One encrypted file for the tests that only read it: each key derivation takes a fair part of a second. */
let file: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  file = await encryptBackupText(TEXT, PASSPHRASE);
});

function decoded(result: Awaited<ReturnType<typeof decryptBackupFile>>): string {
  if (!result.ok) throw new Error(`Expected the file to open, got ${result.problem}`);
  return new TextDecoder().decode(result.plaintext);
}

/** The file with one byte changed, as a disk or a copy might change it. */
function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] as number) ^ 0x01;
  return copy;
}

/** The file with its header edited and the header digest recomputed, as someone crafting a file would. */
async function resealed(bytes: Uint8Array, edit: (view: DataView, copy: Uint8Array) => void): Promise<Uint8Array> {
  const copy = new Uint8Array(bytes);
  edit(new DataView(copy.buffer), copy);
  const [start] = layout.digest;
  copy.set(new Uint8Array(await crypto.subtle.digest('SHA-256', copy.subarray(0, start))), start);
  return copy;
}

describe('encrypted backup round trip', () => {
  it('opens with the passphrase it was encrypted with', async () => {
    expect(decoded(await decryptBackupFile(file, PASSPHRASE))).toBe(TEXT);
  });

  it('writes the documented header: signature, version 1, PBKDF2 with 600,000 iterations, random salt and IV', async () => {
    const view = new DataView(file.buffer);
    expect([...file.subarray(...layout.signature)]).toEqual([0x89, 0x45, 0x53, 0x4a, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(view.getUint16(layout.version[0])).toBe(1);
    expect(view.getUint8(layout.kdf[0])).toBe(1);
    expect(view.getUint8(layout.cipher[0])).toBe(1);
    expect(view.getUint32(layout.iterations[0])).toBe(600_000);
    // Plaintext, 16-byte GCM tag, 92-byte header.
    expect(file.byteLength).toBe(new TextEncoder().encode(TEXT).byteLength + 16 + ENCRYPTED_HEADER_BYTES);

    const again = await encryptBackupText(TEXT, PASSPHRASE);
    expect(again.subarray(...layout.salt)).not.toEqual(file.subarray(...layout.salt));
    expect(again.subarray(...layout.iv)).not.toEqual(file.subarray(...layout.iv));
  });

  it('holds none of the text in the clear', () => {
    const readable = new TextDecoder('latin1').decode(file);
    expect(readable).not.toContain('Numb toes');
    expect(readable).not.toContain('notes');
  });

  it('takes a passphrase typed with accents composed either way', async () => {
    const composed = await encryptBackupText(TEXT, 'caf\u00e9 \u00fcber', { iterations: 600_001 });
    expect(decoded(await decryptBackupFile(composed, 'cafe\u0301 u\u0308ber'))).toBe(TEXT);
  });

  it('round-trips an empty text and a higher iteration count', async () => {
    const strong = await encryptBackupText('', PASSPHRASE, { iterations: 700_000 });
    expect(new DataView(strong.buffer).getUint32(layout.iterations[0])).toBe(700_000);
    expect(decoded(await decryptBackupFile(strong, PASSPHRASE))).toBe('');
  });

  it.each([
    ['an empty passphrase', '', {}],
    ['fewer iterations than the minimum', PASSPHRASE, { iterations: PBKDF2_MIN_ITERATIONS - 1 }],
    ['more iterations than the maximum', PASSPHRASE, { iterations: PBKDF2_MAX_ITERATIONS + 1 }],
    ['a fractional iteration count', PASSPHRASE, { iterations: 600_000.5 }],
  ])('refuses to encrypt with %s', async (_name, passphrase, options) => {
    await expect(encryptBackupText(TEXT, passphrase, options)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('telling an encrypted backup apart', () => {
  it('by its signature, and never a plain backup', () => {
    expect(isEncryptedBackup(file)).toBe(true);
    expect(isEncryptedBackup(new TextEncoder().encode('{"format":"exercise-symptom-journal-backup"}'))).toBe(false);
    expect(isEncryptedBackup('{"format":"exercise-symptom-journal-backup"}')).toBe(false);
    expect(isEncryptedBackup(new Uint8Array(0))).toBe(false);
  });

  it('reads a signature off by a byte as a damaged encrypted backup, not as some other file', async () => {
    const damaged = flipped(file, 2);
    expect(isEncryptedBackup(damaged)).toBe(false);
    expect(looksEncrypted(damaged)).toBe(true);
    expect(await decryptBackupFile(damaged, PASSPHRASE)).toEqual({ ok: false, problem: 'encrypted-header-damaged' });
  });
});

describe('opening an encrypted backup refuses', () => {
  it('no passphrase, or an empty one, as passphrase-required', async () => {
    expect(await decryptBackupFile(file)).toEqual({ ok: false, problem: 'passphrase-required' });
    expect(await decryptBackupFile(file, '')).toEqual({ ok: false, problem: 'passphrase-required' });
  });

  it('a wrong passphrase as wrong-passphrase', async () => {
    expect(await decryptBackupFile(file, 'correct horse battery stapler')).toEqual({
      ok: false,
      problem: 'wrong-passphrase',
    });
  });

  it.each([
    ['the ciphertext’s first byte', () => ENCRYPTED_HEADER_BYTES],
    ['the middle of the ciphertext', () => Math.floor((ENCRYPTED_HEADER_BYTES + file.byteLength) / 2)],
    ['the GCM tag', () => file.byteLength - 1],
  ])('a changed byte in %s as encrypted-data-damaged', async (_name, index) => {
    expect(await decryptBackupFile(flipped(file, index()), PASSPHRASE)).toEqual({
      ok: false,
      problem: 'encrypted-data-damaged',
    });
  });

  it('a file cut short after its header as encrypted-data-damaged, and inside its header as truncated', async () => {
    expect(await decryptBackupFile(file.subarray(0, file.byteLength - 3), PASSPHRASE)).toEqual({
      ok: false,
      problem: 'encrypted-data-damaged',
    });
    expect(await decryptBackupFile(file.subarray(0, 50), PASSPHRASE)).toEqual({ ok: false, problem: 'truncated' });
    expect(await decryptBackupFile(file.subarray(0, 9), PASSPHRASE)).toEqual({ ok: false, problem: 'truncated' });
  });

  it.each([
    ['salt', layout.salt[0] + 3],
    ['IV', layout.iv[0] + 11],
    ['key check', layout.keyCheck[0]],
    ['iteration count', layout.iterations[0] + 1],
    ['key derivation id', layout.kdf[0]],
    ['header digest', layout.digest[1] - 1],
  ])('a changed byte in the %s as encrypted-header-damaged, before any passphrase is asked for', async (_name, at) => {
    const damaged = flipped(file, at);
    expect(await decryptBackupFile(damaged, PASSPHRASE)).toEqual({ ok: false, problem: 'encrypted-header-damaged' });
    expect(await decryptBackupFile(damaged)).toEqual({ ok: false, problem: 'encrypted-header-damaged' });
  });

  it('a newer container version as newer-format, and version 0 as encrypted-header-damaged', async () => {
    const newer = await resealed(file, (view) => view.setUint16(layout.version[0], 2));
    expect(await decryptBackupFile(newer, PASSPHRASE)).toEqual({ ok: false, problem: 'newer-format' });
    const zero = await resealed(file, (view) => view.setUint16(layout.version[0], 0));
    expect(await decryptBackupFile(zero, PASSPHRASE)).toEqual({ ok: false, problem: 'encrypted-header-damaged' });
  });

  it('an intact header naming another key derivation or cipher as encrypted-header-invalid', async () => {
    const kdf = await resealed(file, (view) => view.setUint8(layout.kdf[0], 2));
    expect(await decryptBackupFile(kdf, PASSPHRASE)).toEqual({ ok: false, problem: 'encrypted-header-invalid' });
    const cipher = await resealed(file, (view) => view.setUint8(layout.cipher[0], 9));
    expect(await decryptBackupFile(cipher)).toEqual({ ok: false, problem: 'encrypted-header-invalid' });
  });

  it.each([
    [PBKDF2_MIN_ITERATIONS - 1, 'iterations-too-low'],
    [1, 'iterations-too-low'],
    [0, 'iterations-too-low'],
    [PBKDF2_MAX_ITERATIONS + 1, 'iterations-too-high'],
    [0xffffffff, 'iterations-too-high'],
  ])('an intact header asking for %i iterations as %s, without deriving a key', async (iterations, problem) => {
    const crafted = await resealed(file, (view) => view.setUint32(layout.iterations[0], iterations));
    expect(await decryptBackupFile(crafted, PASSPHRASE)).toEqual({ ok: false, problem });
    expect(await decryptBackupFile(crafted)).toEqual({ ok: false, problem });
  });

  it('a crafted header with a new IV: the key check passes, the authenticated header and IV do not', async () => {
    const crafted = await resealed(file, (_view, copy) => copy.set(new Uint8Array(12), layout.iv[0]));
    expect(await decryptBackupFile(crafted, PASSPHRASE)).toEqual({ ok: false, problem: 'encrypted-data-damaged' });
  });

  it('a crafted header with a new salt as wrong-passphrase: the passphrase no longer opens it', async () => {
    const crafted = await resealed(file, (_view, copy) => copy.set(new Uint8Array(16), layout.salt[0]));
    expect(await decryptBackupFile(crafted, PASSPHRASE)).toEqual({ ok: false, problem: 'wrong-passphrase' });
  });
});
