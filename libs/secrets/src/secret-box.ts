import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { SECRET_KEY_BYTES } from './secret-key';

const VERSION = 1;
const KEY_ID_BYTES = 4; // the key id's 8 hex characters
const IV_BYTES = 12; // GCM's standard nonce size
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

/**
 * Authenticated encryption with one 32-byte key: AES-256-GCM, a random 12-byte IV per message.
 *
 * Sealed format: version (1 byte) | key id (4 bytes) | IV (12) | tag (16) | ciphertext. The version and key id are
 * authenticated too (additional data), and the key id lets `open` tell "another key" from "tampered with".
 */
export class SecretBox {
  /** The first 8 hex characters of the key's SHA-256: names the key in data and errors, reveals nothing usable. */
  readonly keyId: string;
  private readonly key: Buffer;
  private readonly keyIdBytes: Buffer;

  constructor(key: Uint8Array) {
    if (key.length !== SECRET_KEY_BYTES) throw new Error(`SecretBox needs a ${SECRET_KEY_BYTES}-byte key, got ${key.length} bytes`);
    this.key = Buffer.from(key); // a copy: the caller's buffer may be reused
    this.keyIdBytes = createHash('sha256').update(this.key).digest().subarray(0, KEY_ID_BYTES);
    this.keyId = this.keyIdBytes.toString('hex');
  }

  seal(plaintext: Uint8Array): Uint8Array {
    const iv = randomBytes(IV_BYTES);
    const aad = Buffer.concat([Buffer.of(VERSION), this.keyIdBytes]);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([aad, iv, cipher.getAuthTag(), ciphertext]);
  }

  open(sealed: Uint8Array): Uint8Array {
    const data = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (data.length < HEADER_BYTES) throw new Error(`SecretBox: sealed data too short (${data.length} bytes, at least ${HEADER_BYTES} expected)`);
    if (data[0] !== VERSION) throw new Error(`SecretBox: unknown format version ${data[0]} (this code reads version ${VERSION})`);
    const found = data.subarray(1, 1 + KEY_ID_BYTES).toString('hex');
    if (found !== this.keyId) throw new Error(`SecretBox: wrong key: expected key id ${this.keyId}, found ${found} (the data was sealed with another key)`);
    const iv = data.subarray(1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + IV_BYTES);
    const tag = data.subarray(1 + KEY_ID_BYTES + IV_BYTES, HEADER_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(data.subarray(0, 1 + KEY_ID_BYTES));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(data.subarray(HEADER_BYTES)), decipher.final()]);
    } catch {
      throw new Error(`SecretBox: authentication failed for data sealed with key id ${this.keyId}: it was tampered with or corrupted`);
    }
  }

  /** `seal` for text: UTF-8 in, base64 out. */
  sealText(plaintext: string): string {
    return Buffer.from(this.seal(Buffer.from(plaintext, 'utf8'))).toString('base64');
  }

  /** The reverse of `sealText`. */
  openText(sealedBase64: string): string {
    return Buffer.from(this.open(Buffer.from(sealedBase64, 'base64'))).toString('utf8');
  }
}
