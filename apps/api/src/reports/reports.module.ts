import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportsRepository } from '@congdoan/persistence';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The summary report (counts per procedure and unit, on-time rate) and its CSV and Excel exports. */
@Module({
  controllers: [ReportsController],
  providers: [ReportsService, { provide: ReportsRepository, inject: [DataSource], useFactory: (db: DataSource) => new ReportsRepository(db) }],
})
export class ReportsModule {}
