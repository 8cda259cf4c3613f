import { z } from 'zod';
import { SECRET_KEY_RULE, parseSecretKey } from '@congdoan/secrets';

/**
 * The one place that reads the environment for the API and the worker: validated once at boot into a typed object.
 * A bad value stops the process with a message naming the variable and the rule.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

// A 32-byte key in its text form, decoded once here; the message states the rule (parseSecretKey's).
const secretKey = z.string({ error: `required: ${SECRET_KEY_RULE}` }).transform((value, ctx) => {
  try {
    return parseSecretKey(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: SECRET_KEY_RULE });
    return z.NEVER;
  }
});

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  TEMPORAL_ADDRESS: z.string().regex(/^[^:\s]+:\d+$/, 'must be host:port').default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  PAYLOAD_ENCRYPTION_KEY: secretKey,
  JWT_EXPIRES_IN: z.string().regex(/^\d+[smhd]$/, 'must look like 15m, 8h or 7d').default('8h'),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb').default('1mb'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFlag.default(false),
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(1000),
  // Luật KN Art. 27 says "10 ngày", TT 07/2013/TT-TTCP reads it as working days (domain §9): a deployment's choice.
  COMPLAINT_ACCEPTANCE_DAYS: z.enum(['working_days', 'calendar_days']).default('working_days'),
  // A discipline form short of a majority adds its votes to the next lighter form: certain in Party discipline, not
  // found in QĐ 5130 itself (domain §5), so a switch, on by default.
  DISCIPLINE_CUMULATIVE_VOTES: booleanFlag.default(true),
  ATTACHMENTS_DIR: z.string().min(1).default('.data/attachments'),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  // Empty means unset (compose passes `SMTP_URL:` through when the operator gave none).
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional()),
  MAIL_FROM: z.string().min(3).default('"Công đoàn - Quy trình nội bộ" <no-reply@congdoan.example>'),
});

export type AppEnv = z.infer<typeof schema>;

export interface AppConfig {
  env: AppEnv['NODE_ENV'];
  http: { host: string; port: number; publicUrl: string; bodyLimit: string };
  database: { url: string; poolSize: number };
  temporal: { address: string; namespace: string };
  auth: { jwtSecret: string; jwtExpiresIn: string };
  /** the AES-256-GCM key of every payload Temporal stores (workflow inputs, results, updates, activities) */
  secrets: { payloadKey: Buffer };
  logLevel: AppEnv['LOG_LEVEL'];
  seedDemo: boolean;
  worker: { maxCachedWorkflows: number };
  /** dossier files: a folder on disk (relative to the working directory), and the largest file accepted */
  attachments: { dir: string; maxBytes: number };
  /** how the 10 days to accept a complaint are counted */
  complaints: { acceptanceUnit: 'working_days' | 'calendar_days' };
  discipline: { cumulativeVotes: boolean };
  /** email notifications: without an SMTP URL, no email is sent (in-app notifications stay) */
  mail: { smtpUrl?: string; from: string };
}

export class ConfigError extends Error {}

export function loadAppConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
      bodyLimit: e.BODY_LIMIT,
    },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    temporal: { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE },
    auth: { jwtSecret: e.JWT_SECRET, jwtExpiresIn: e.JWT_EXPIRES_IN },
    secrets: { payloadKey: e.PAYLOAD_ENCRYPTION_KEY },
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    worker: { maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS },
    attachments: { dir: e.ATTACHMENTS_DIR, maxBytes: e.ATTACHMENT_MAX_BYTES },
    complaints: { acceptanceUnit: e.COMPLAINT_ACCEPTANCE_DAYS },
    discipline: { cumulativeVotes: e.DISCIPLINE_CUMULATIVE_VOTES },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
  };
}
