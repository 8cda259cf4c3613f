import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { type AppConfig, loadAppConfig } from '@congdoan/config';
import { CalendarYearsRepository, CaseProtectionRepository, CasesRepository, DocumentsRepository, OrgUnitsRepository, TasksRepository, UsersRepository, createDataSource } from '@congdoan/persistence';
import { StandInsRepository } from '@congdoan/persistence';
import { NotificationsRepository } from '@congdoan/persistence';
import { createTemporalClient } from '@congdoan/temporal';
import { APP_CONFIG, TEMPORAL_CLIENT } from './tokens';

/** Config, the database and the Temporal client: one of each per process, closed on shutdown. */
@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadAppConfig() },
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createDataSource({ url: config.database.url, poolSize: config.database.poolSize, applicationName: 'congdoan-api' }).initialize(),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createTemporalClient({ ...config.temporal, payloadKey: config.secrets.payloadKey }),
    },
    { provide: UsersRepository, inject: [DataSource], useFactory: (db: DataSource) => new UsersRepository(db) },
    { provide: OrgUnitsRepository, inject: [DataSource], useFactory: (db: DataSource) => new OrgUnitsRepository(db) },
    { provide: CalendarYearsRepository, inject: [DataSource], useFactory: (db: DataSource) => new CalendarYearsRepository(db) },
    { provide: CasesRepository, inject: [DataSource], useFactory: (db: DataSource) => new CasesRepository(db) },
    { provide: TasksRepository, inject: [DataSource], useFactory: (db: DataSource) => new TasksRepository(db) },
    { provide: StandInsRepository, inject: [DataSource], useFactory: (db: DataSource) => new StandInsRepository(db) },
    { provide: NotificationsRepository, inject: [DataSource], useFactory: (db: DataSource) => new NotificationsRepository(db) },
    { provide: CaseProtectionRepository, inject: [DataSource], useFactory: (db: DataSource) => new CaseProtectionRepository(db) },
    { provide: DocumentsRepository, inject: [DataSource], useFactory: (db: DataSource) => new DocumentsRepository(db) },
  ],
  exports: [APP_CONFIG, DataSource, TEMPORAL_CLIENT, UsersRepository, OrgUnitsRepository, CalendarYearsRepository, CasesRepository, TasksRepository, StandInsRepository, NotificationsRepository, CaseProtectionRepository, DocumentsRepository],
})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.connection.close().catch(() => undefined);
    if (this.db.isInitialized) await this.db.destroy();
  }
}
