import { randomBytes } from 'node:crypto';
import { SECRET_KEY_RULE, parseSecretKey } from './secret-key';

describe('parseSecretKey', () => {
  const key = randomBytes(32);

  it('reads 64 hex characters, either case, and ignores surrounding whitespace (a key file ends with a newline)', () => {
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(key.toString('hex').toUpperCase())).toEqual(key);
    expect(parseSecretKey(`${key.toString('hex')}\n`)).toEqual(key);
  });

  it('reads base64 with or without padding, and base64url', () => {
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretKey(key.toString('base64').replace(/=$/, ''))).toEqual(key);
    expect(parseSecretKey(key.toString('base64url'))).toEqual(key);
    const awkward = Buffer.alloc(32, 0xfb); // '+' and '/' in base64, '-' and '_' in base64url
    expect(parseSecretKey(awkward.toString('base64'))).toEqual(awkward);
    expect(parseSecretKey(awkward.toString('base64url'))).toEqual(awkward);
  });

  it.each([
    ['empty', ''],
    ['63 hex characters', key.toString('hex').slice(1)],
    ['65 hex characters', `${key.toString('hex')}0`],
    ['16 bytes of base64', randomBytes(16).toString('base64')],
    ['48 bytes of base64', randomBytes(48).toString('base64url')],
    ['a passphrase', 'correct horse battery staple correct horse battery'],
    ['base64 with stray bits in its last character', `${key.toString('base64url').slice(0, 42)}B`],
  ])('refuses %s, naming the rule', (_what, value) => {
    expect(() => parseSecretKey(value)).toThrow(`invalid secret key: ${SECRET_KEY_RULE}`);
  });

  it('states the rule in words', () => {
    expect(SECRET_KEY_RULE).toContain('32 bytes');
    expect(SECRET_KEY_RULE).toContain('64 hex characters');
    expect(SECRET_KEY_RULE).toContain('base64');
  });
});
