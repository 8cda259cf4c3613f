import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('demo123');
    expect(hash).not.toContain('demo123');
    await expect(verifyPassword('demo123', hash)).resolves.toBe(true);
    await expect(verifyPassword('demo124', hash)).resolves.toBe(false);
  });

  it('has a well-formed dummy hash, so an unknown user costs a real comparison', async () => {
    expect(DUMMY_PASSWORD_HASH).toMatch(/^\$2b\$10\$[./A-Za-z0-9]{53}$/);
    await expect(verifyPassword('anything', DUMMY_PASSWORD_HASH)).resolves.toBe(false);
  });
});
