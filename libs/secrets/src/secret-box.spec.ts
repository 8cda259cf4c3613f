import { createHash, randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 9);
const text = 'Người tố cáo: Nguyễn Văn Bí Mật';

describe('SecretBox', () => {
  it('opens what it sealed, for bytes and for text, empty input included', () => {
    const box = new SecretBox(key);
    const bytes = randomBytes(1000);
    expect(Buffer.from(box.open(box.seal(bytes)))).toEqual(bytes);
    expect(box.open(box.seal(new Uint8Array(0)))).toHaveLength(0);
    expect(box.openText(box.sealText(text))).toBe(text);
    // another box with the same key opens it too
    expect(new SecretBox(Buffer.from(key)).openText(box.sealText(text))).toBe(text);
  });

  it('hides the plaintext and uses a fresh IV for every message', () => {
    const box = new SecretBox(key);
    const a = Buffer.from(box.seal(Buffer.from(text)));
    const b = Buffer.from(box.seal(Buffer.from(text)));
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('Bí Mật'))).toBe(false);
    // version byte, key id, 12-byte IV, 16-byte tag, then as many bytes as the plaintext
    expect(a[0]).toBe(1);
    expect(a.subarray(1, 5).toString('hex')).toBe(box.keyId);
    expect(a.length).toBe(1 + 4 + 12 + 16 + Buffer.byteLength(text));
    expect(a.subarray(5, 17).equals(b.subarray(5, 17))).toBe(false);
  });

  it('names its key by the first 8 hex characters of its SHA-256', () => {
    expect(new SecretBox(key).keyId).toBe(createHash('sha256').update(key).digest('hex').slice(0, 8));
    expect(new SecretBox(key).keyId).not.toBe(new SecretBox(otherKey).keyId);
  });

  it('refuses data that was changed anywhere: ciphertext, tag, IV, version, or cut short', () => {
    const box = new SecretBox(key);
    const sealed = Buffer.from(box.seal(Buffer.from(text)));
    const flipped = (at: number) => {
      const copy = Buffer.from(sealed);
      copy[at] ^= 0x01;
      return copy;
    };
    for (const at of [sealed.length - 1, 1 + 4 + 12, 1 + 4]) expect(() => box.open(flipped(at))).toThrow(`authentication failed for data sealed with key id ${box.keyId}: it was tampered with or corrupted`);
    expect(() => box.open(flipped(0))).toThrow('unknown format version 0');
    expect(() => box.open(sealed.subarray(0, 20))).toThrow('sealed data too short');
    expect(() => box.openText(box.sealText(text).slice(0, -8) + 'AAAAAAA=')).toThrow('tampered with or corrupted');
  });

  it('says which key was expected and which was found when opened with another key', () => {
    const sealed = new SecretBox(otherKey).seal(Buffer.from(text));
    const box = new SecretBox(key);
    const found = new SecretBox(otherKey).keyId;
    expect(() => box.open(sealed)).toThrow(`SecretBox: wrong key: expected key id ${box.keyId}, found ${found}`);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new SecretBox(Buffer.alloc(16))).toThrow('SecretBox needs a 32-byte key, got 16 bytes');
  });
});
