import { Injectable } from '@nestjs/common';
import { vietnamDate } from '@congdoan/domain';
import { ReportsRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ACCEPTANCE_KINDS, type ReportSummary, summarise } from './report-summary';
import { reportPeriod } from './report-period';
import type { ReportQueryDto } from './reports.dto';

@Injectable()
export class ReportsService {
  constructor(private readonly reports: ReportsRepository) {}

  /** The cases the user may see (their units and those below, as the case list), received in the period. */
  async summary(query: ReportQueryDto, user: AuthenticatedUser): Promise<ReportSummary> {
    const today = vietnamDate(new Date());
    const period = reportPeriod(query, today);
    const counts = await this.reports.countsVisible(user.id, today, { ...period, procedureCode: query.procedureCode, orgUnitId: query.orgUnitId, acceptanceKinds: ACCEPTANCE_KINDS });
    return summarise(period, counts);
  }
}
