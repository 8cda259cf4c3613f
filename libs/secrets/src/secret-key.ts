/** The one rule for a secret key, in the words every error message uses. */
export const SECRET_KEY_RULE = 'must be 32 bytes written as 64 hex characters or as base64/base64url (make one with `openssl rand -hex 32`)';

export const SECRET_KEY_BYTES = 32;

const HEX = /^[0-9a-fA-F]{64}$/;
// 32 bytes are 43 base64 characters plus one '=' of padding (none in base64url); both alphabets accepted.
const BASE64 = /^[A-Za-z0-9+/_-]{43}=?$/;

/** A 32-byte key from its text form (an environment variable or a key file): 64 hex characters, or base64/base64url. */
export function parseSecretKey(value: string): Buffer {
  const text = value.trim();
  if (HEX.test(text)) return Buffer.from(text, 'hex');
  if (BASE64.test(text)) {
    const key = Buffer.from(text, 'base64');
    // Node decodes leniently: only a canonical encoding of exactly 32 bytes counts (no stray bits in the last character).
    const canonical = text.replace(/=$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    if (key.length === SECRET_KEY_BYTES && key.toString('base64url') === canonical) return key;
  }
  throw new Error(`invalid secret key: ${SECRET_KEY_RULE}`);
}
