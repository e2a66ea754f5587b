/**
 * Passphrase encryption for backups a person exports, with Web Crypto only (`globalThis.crypto`,
 * the same in Electron's renderer, a browser and Node 20), so no crypto code of our own is trusted.
 *
 * An encrypted backup is one binary file: a fixed 92-byte header, then the AES-GCM ciphertext of
 * the plain backup file (its UTF-8 JSON) with GCM's 16-byte tag at the end. Numbers are big-endian.
 *
 * | bytes  | field                                                                         |
 * | ------ | ----------------------------------------------------------------------------- |
 * | 0–7    | signature `89 45 53 4A 0D 0A 1A 0A` (`\x89ESJ\r\n\x1a\n`)                     |
 * | 8–9    | container version, uint16: 1                                                  |
 * | 10     | key derivation: 1 = PBKDF2-HMAC-SHA-256, then HKDF-SHA-256                    |
 * | 11     | cipher: 1 = AES-256-GCM, 128-bit tag                                          |
 * | 12–15  | PBKDF2 iterations, uint32, 600,000 to 10,000,000                              |
 * | 16–31  | salt, 16 random bytes                                                         |
 * | 32–43  | IV, 12 random bytes                                                           |
 * | 44–59  | key check: 16 bytes of HKDF(master key, info `…/key-check`)                   |
 * | 60–91  | SHA-256 of bytes 0–59                                                         |
 * | 92–end | AES-GCM ciphertext and tag; bytes 0–91 are its additional authenticated data  |
 *
 * Why each part:
 * - The signature is PNG's trick: a high byte and CR LF / LF catch a file mangled as text, and the
 *   first byte is not `{`, so a plain backup is never mistaken for an encrypted one. Bytes 0–9 keep
 *   their meaning in every container version, so a newer file is recognised as one.
 * - PBKDF2 gives one 32-byte master key (asking it for more would make the person wait twice while
 *   an attacker still needs only the first block); HKDF splits that into the AES key and the key
 *   check. The key check tells a wrong passphrase from damage: a wrong passphrase fails it; the
 *   right passphrase on changed ciphertext passes it and then fails GCM's tag. It lets a guess be
 *   tested no faster than decrypting the first block of known JSON would.
 * - The digest catches accidental damage in the header (salt, IV, key check, iterations), which
 *   would otherwise look like a wrong passphrase. It is not a secret: deliberate changes to the
 *   header that also recompute it are caught by the key check or by GCM, since the whole header is
 *   the ciphertext's additional data.
 * - The passphrase is normalised to NFC before use, so the same characters typed on another system
 *   (which may compose accents differently) open the file.
 */

const SIGNATURE = Uint8Array.of(0x89, 0x45, 0x53, 0x4a, 0x0d, 0x0a, 0x1a, 0x0a);
export const ENCRYPTED_BACKUP_VERSION = 1;
const KDF_PBKDF2_HKDF_SHA256 = 1;
const CIPHER_AES_256_GCM = 1;

/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023); files asking for fewer are refused. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
/**
 * The shortest passphrase the app offers to encrypt with: the key derivation slows guessing, but a
 * few characters are still guessed in hours by someone who has the file.
 */
export const PASSPHRASE_MIN_LENGTH = 8;
/** Two seconds here, several on a slow laptop: beyond it a crafted file could hang the app as long as it likes. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;
export const PBKDF2_DEFAULT_ITERATIONS = PBKDF2_MIN_ITERATIONS;

/** Byte ranges [start, end) of the header's fields; see the table above. */
export const ENCRYPTED_BACKUP_LAYOUT = {
  signature: [0, 8],
  version: [8, 10],
  kdf: [10, 11],
  cipher: [11, 12],
  iterations: [12, 16],
  salt: [16, 32],
  iv: [32, 44],
  keyCheck: [44, 60],
  digest: [60, 92],
} as const;
export const ENCRYPTED_HEADER_BYTES = ENCRYPTED_BACKUP_LAYOUT.digest[1];
const TAG_BYTES = 16;
/** A file whose signature differs in this many bytes or fewer is taken for a damaged encrypted backup. */
const SIGNATURE_DAMAGE_TOLERANCE = 2;

const KEY_INFO = new TextEncoder().encode('exercise-symptom-journal/backup/v1/aes-256-gcm');
const CHECK_INFO = new TextEncoder().encode('exercise-symptom-journal/backup/v1/key-check');

/**
 * Why an encrypted backup could not be opened. Each is a stable code for the UI:
 * - `truncated`: the file ends inside the header, or before GCM's tag.
 * - `newer-format`: a container version this app does not know, written by a newer app.
 * - `encrypted-header-damaged`: the signature, version or header digest is off: the file changed.
 * - `encrypted-header-invalid`: an intact header naming a key derivation or cipher this app does not use.
 * - `iterations-too-low` / `iterations-too-high`: outside 600,000–10,000,000.
 * - `passphrase-required`: the file is encrypted and no passphrase was given; ask for one.
 * - `wrong-passphrase`: the passphrase does not open this file.
 * - `encrypted-data-damaged`: the passphrase is right, but the encrypted content was changed or cut.
 */
export type BackupCryptoProblem =
  | 'truncated'
  | 'newer-format'
  | 'encrypted-header-damaged'
  | 'encrypted-header-invalid'
  | 'iterations-too-low'
  | 'iterations-too-high'
  | 'passphrase-required'
  | 'wrong-passphrase'
  | 'encrypted-data-damaged';

export type DecryptBackupResult =
  | { readonly ok: true; readonly plaintext: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly problem: BackupCryptoProblem };

function signatureDifferences(bytes: Uint8Array): number {
  let differences = 0;
  SIGNATURE.forEach((byte, index) => {
    if (bytes[index] !== byte) differences += 1;
  });
  return differences;
}

/** Whether a file carries the encrypted backup signature, so the UI knows to ask for a passphrase. */
export function isEncryptedBackup(content: string | Uint8Array): boolean {
  return typeof content !== 'string' && content.byteLength >= SIGNATURE.length && signatureDifferences(content) === 0;
}

/**
 * Whether the file was meant to be an encrypted backup: its signature is intact or off by a byte or
 * two, so it is read as a damaged encrypted backup rather than as some unknown file.
 */
export function looksEncrypted(bytes: Uint8Array): boolean {
  return bytes.byteLength >= SIGNATURE.length && signatureDifferences(bytes) <= SIGNATURE_DAMAGE_TOLERANCE;
}

function field(bytes: Uint8Array<ArrayBuffer>, [start, end]: readonly [number, number]): Uint8Array<ArrayBuffer> {
  return bytes.subarray(start, end);
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}

interface DerivedKeys {
  readonly aesKey: CryptoKey;
  readonly keyCheck: Uint8Array<ArrayBuffer>;
}

async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<DerivedKeys> {
  const subtle = crypto.subtle;
  const secret = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const master = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, secret, 256);
  const hkdf = await subtle.importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
  // PBKDF2 already salted the master key; HKDF only separates the two uses of it.
  const noSalt = new Uint8Array(0);
  const aesKey = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: KEY_INFO },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const keyCheck = new Uint8Array(
    await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: CHECK_INFO }, hkdf, 128),
  );
  return { aesKey, keyCheck };
}

/**
 * Encrypts a serialised backup under a passphrase. Throws a RangeError for an empty passphrase or
 * an iteration count outside the range files are read with: both are the caller's mistake.
 */
export async function encryptBackupText(
  text: string,
  passphrase: string,
  options: { readonly iterations?: number } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const iterations = options.iterations ?? PBKDF2_DEFAULT_ITERATIONS;
  if (passphrase === '') throw new RangeError('The passphrase is empty');
  if (!Number.isInteger(iterations) || iterations < PBKDF2_MIN_ITERATIONS || iterations > PBKDF2_MAX_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be ${PBKDF2_MIN_ITERATIONS} to ${PBKDF2_MAX_ITERATIONS}`);
  }
  const header = new Uint8Array(ENCRYPTED_HEADER_BYTES);
  const view = new DataView(header.buffer);
  const layout = ENCRYPTED_BACKUP_LAYOUT;
  header.set(SIGNATURE, layout.signature[0]);
  view.setUint16(layout.version[0], ENCRYPTED_BACKUP_VERSION);
  view.setUint8(layout.kdf[0], KDF_PBKDF2_HKDF_SHA256);
  view.setUint8(layout.cipher[0], CIPHER_AES_256_GCM);
  view.setUint32(layout.iterations[0], iterations);
  const salt = crypto.getRandomValues(field(header, layout.salt));
  const iv = crypto.getRandomValues(field(header, layout.iv));
  const keys = await deriveKeys(passphrase, salt, iterations);
  header.set(keys.keyCheck, layout.keyCheck[0]);
  header.set(await sha256(header.subarray(0, layout.digest[0])), layout.digest[0]);

  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 },
    keys.aesKey,
    new TextEncoder().encode(text),
  );
  const file = new Uint8Array(ENCRYPTED_HEADER_BYTES + ciphertext.byteLength);
  file.set(header);
  file.set(new Uint8Array(ciphertext), ENCRYPTED_HEADER_BYTES);
  return file;
}

/**
 * Opens an encrypted backup. Everything that can be checked without the passphrase is checked
 * first, so a damaged or foreign file is reported before the person is asked for one; without a
 * passphrase an intact file answers `passphrase-required`.
 */
export async function decryptBackupFile(file: Uint8Array, passphrase?: string): Promise<DecryptBackupResult> {
  // A copy at offset 0 of its own ArrayBuffer: the offsets below count from the file's first byte
  // (a Node Buffer may be a view into a pool), and Web Crypto refuses views of shared memory.
  const bytes = new Uint8Array(file);
  const layout = ENCRYPTED_BACKUP_LAYOUT;
  if (signatureDifferences(bytes) > 0) return { ok: false, problem: 'encrypted-header-damaged' };
  if (bytes.byteLength < layout.version[1]) return { ok: false, problem: 'truncated' };
  const view = new DataView(bytes.buffer);
  const version = view.getUint16(layout.version[0]);
  if (version > ENCRYPTED_BACKUP_VERSION) return { ok: false, problem: 'newer-format' };
  if (version !== ENCRYPTED_BACKUP_VERSION) return { ok: false, problem: 'encrypted-header-damaged' };
  if (bytes.byteLength < ENCRYPTED_HEADER_BYTES + TAG_BYTES) return { ok: false, problem: 'truncated' };

  const header = bytes.subarray(0, ENCRYPTED_HEADER_BYTES);
  if (!equalBytes(await sha256(header.subarray(0, layout.digest[0])), field(bytes, layout.digest))) {
    return { ok: false, problem: 'encrypted-header-damaged' };
  }
  if (
    view.getUint8(layout.kdf[0]) !== KDF_PBKDF2_HKDF_SHA256 ||
    view.getUint8(layout.cipher[0]) !== CIPHER_AES_256_GCM
  ) {
    return { ok: false, problem: 'encrypted-header-invalid' };
  }
  const iterations = view.getUint32(layout.iterations[0]);
  if (iterations < PBKDF2_MIN_ITERATIONS) return { ok: false, problem: 'iterations-too-low' };
  if (iterations > PBKDF2_MAX_ITERATIONS) return { ok: false, problem: 'iterations-too-high' };
  if (passphrase === undefined || passphrase === '') return { ok: false, problem: 'passphrase-required' };

  const keys = await deriveKeys(passphrase, field(bytes, layout.salt), iterations);
  if (!equalBytes(keys.keyCheck, field(bytes, layout.keyCheck))) return { ok: false, problem: 'wrong-passphrase' };
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: field(bytes, layout.iv), additionalData: header, tagLength: TAG_BYTES * 8 },
      keys.aesKey,
      bytes.subarray(ENCRYPTED_HEADER_BYTES),
    );
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch {
    // Web Crypto reports a failed tag as a bare OperationError; with the key check passed, the
    // only cause left is content that changed after it was encrypted.
    return { ok: false, problem: 'encrypted-data-damaged' };
  }
}
