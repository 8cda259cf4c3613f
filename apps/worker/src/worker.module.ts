import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTransport } from 'nodemailer';
import { CaseActivitiesImpl, EmailActivitiesImpl, SystemCheckActivitiesImpl } from '@congdoan/activities';
import { type AppConfig, loadAppConfig } from '@congdoan/config';
import { createDataSource } from '@congdoan/persistence';
import { SecretBox } from '@congdoan/secrets';

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/** The worker's dependency graph: config, one database pool, and the activity classes. No HTTP. */
@Module({
  providers: [
    { provide: WORKER_CONFIG, useFactory: () => loadAppConfig() },
    {
      provide: DataSource,
      inject: [WORKER_CONFIG],
      useFactory: (config: AppConfig) =>
        createDataSource({ url: config.database.url, poolSize: config.database.poolSize, applicationName: 'congdoan-worker' }).initialize(),
    },
    { provide: SystemCheckActivitiesImpl, inject: [DataSource], useFactory: (db: DataSource) => new SystemCheckActivitiesImpl(db) },
    {
      provide: CaseActivitiesImpl,
      inject: [DataSource, WORKER_CONFIG],
      useFactory: (db: DataSource, config: AppConfig) => new CaseActivitiesImpl(db, new SecretBox(config.secrets.payloadKey)),
    },
    {
      provide: EmailActivitiesImpl,
      inject: [DataSource, WORKER_CONFIG],
      // Without SMTP_URL no email leaves; the outbox rows stay in-app.
      useFactory: (db: DataSource, config: AppConfig) =>
        new EmailActivitiesImpl(db, config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null, { from: config.mail.from, publicUrl: config.http.publicUrl }),
    },
  ],
})
export class WorkerModule implements OnApplicationShutdown {
  constructor(private readonly db: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.db.isInitialized) await this.db.destroy();
  }
}

/** Every activity class the worker registers; add new ones here and in the providers above. */
export const ACTIVITY_CLASSES = [SystemCheckActivitiesImpl, CaseActivitiesImpl, EmailActivitiesImpl];
