import { ConfigError, loadAppConfig } from './app-config';

const PAYLOAD_KEY = 'ab'.repeat(32);
const minimal = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', JWT_SECRET: 'x'.repeat(32), PAYLOAD_ENCRYPTION_KEY: PAYLOAD_KEY };

describe('loadAppConfig', () => {
  it('fills the documented defaults', () => {
    const config = loadAppConfig(minimal);
    expect(config.http).toEqual({ host: '0.0.0.0', port: 3000, publicUrl: 'http://localhost:3000', bodyLimit: '1mb' });
    expect(config.temporal).toEqual({ address: '127.0.0.1:7233', namespace: 'default' });
    expect(config.auth.jwtExpiresIn).toBe('8h');
    expect(config.seedDemo).toBe(false);
    expect(config.discipline.cumulativeVotes).toBe(true);
  });

  it('reads flags and numbers from their text form', () => {
    const config = loadAppConfig({ ...minimal, PORT: '8080', SEED_DEMO: 'true', DATABASE_POOL_SIZE: '4', DISCIPLINE_CUMULATIVE_VOTES: 'false' });
    expect(config.discipline.cumulativeVotes).toBe(false);
    expect(config.http.port).toBe(8080);
    expect(config.seedDemo).toBe(true);
    expect(config.database.poolSize).toBe(4);
  });

  it('names every missing or malformed variable and its rule', () => {
    let error: unknown;
    try {
      loadAppConfig({ JWT_SECRET: 'short', PORT: 'abc', TEMPORAL_ADDRESS: 'no-port' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('JWT_SECRET: must be at least 32 characters');
    expect(message).toContain('TEMPORAL_ADDRESS: must be host:port');
    expect(message).toContain('PORT');
    expect(message).toContain('PAYLOAD_ENCRYPTION_KEY: required: must be 32 bytes written as 64 hex characters or as base64');
  });

  it('decodes the payload encryption key from hex or base64, and names the rule for anything else', () => {
    const key = Buffer.from(PAYLOAD_KEY, 'hex');
    expect(loadAppConfig(minimal).secrets.payloadKey).toEqual(key);
    expect(loadAppConfig({ ...minimal, PAYLOAD_ENCRYPTION_KEY: key.toString('base64') }).secrets.payloadKey).toEqual(key);
    expect(loadAppConfig({ ...minimal, PAYLOAD_ENCRYPTION_KEY: key.toString('base64url') }).secrets.payloadKey).toEqual(key);
    for (const bad of ['', 'x'.repeat(32), 'ab'.repeat(31), Buffer.alloc(16).toString('base64')]) {
      expect(() => loadAppConfig({ ...minimal, PAYLOAD_ENCRYPTION_KEY: bad })).toThrow(
        'PAYLOAD_ENCRYPTION_KEY: must be 32 bytes written as 64 hex characters or as base64/base64url (make one with `openssl rand -hex 32`)',
      );
    }
  });

  it('reads the attachment limit and the mail server, an empty SMTP_URL meaning none', () => {
    expect(loadAppConfig(minimal).attachments).toEqual({ dir: '.data/attachments', maxBytes: 20 * 1024 * 1024 });
    expect(loadAppConfig({ ...minimal, SMTP_URL: '' }).mail.smtpUrl).toBeUndefined();
    expect(loadAppConfig({ ...minimal, SMTP_URL: 'smtp://127.0.0.1:1025', ATTACHMENT_MAX_BYTES: '4096' })).toMatchObject({
      mail: { smtpUrl: 'smtp://127.0.0.1:1025' },
      attachments: { maxBytes: 4096 },
    });
    expect(() => loadAppConfig({ ...minimal, SMTP_URL: 'mail.example.org' })).toThrow('SMTP_URL: must be an smtp:// or smtps:// URL');
  });
});
