import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { temporalIsServing } from '@congdoan/temporal';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: { database: 'up' | 'down'; temporal: 'up' | 'down' };
}

const TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, temporal] = await Promise.all([this.databaseIsUp(), temporalIsServing(this.temporal, TIMEOUT_MS)]);
    return {
      status: database && temporal ? 'ok' : 'unavailable',
      checks: { database: database ? 'up' : 'down', temporal: temporal ? 'up' : 'down' },
    };
  }

  private async databaseIsUp(): Promise<boolean> {
    const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, TIMEOUT_MS, false).unref());
    const probe = this.db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    return Promise.race([probe, timeout]);
  }
}
