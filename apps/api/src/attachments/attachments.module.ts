import { Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@congdoan/config';
import { AttachmentsRepository, LocalFolderFileStore } from '@congdoan/persistence';
import { APP_CONFIG } from '../infrastructure/tokens';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FILE_STORE } from './file-store.token';

/** Dossier files: upload, list, download. The store is a local folder (`ATTACHMENTS_DIR`, relative to the working directory). */
@Module({
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    { provide: AttachmentsRepository, inject: [DataSource], useFactory: (db: DataSource) => new AttachmentsRepository(db) },
    { provide: FILE_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalFolderFileStore(resolve(config.attachments.dir)) },
  ],
})
export class AttachmentsModule {}
