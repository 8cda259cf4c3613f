import { Injectable } from '@nestjs/common';
import { CASE_STATUS_LABELS } from '@congdoan/domain';
import { type CaseDetailRow, CasesRepository } from '@congdoan/persistence';

/** Another case this one is tied to, as the case page lists it. */
export interface CaseLinkView {
  /** `discipline-decision`: the discipline case whose decision this complaint challenges; `complaint`: a complaint about this case's decision */
  relation: 'discipline-decision' | 'complaint';
  label: string;
  caseId: string;
  code: string;
  procedureCode: string;
  status: string | null;
  statusLabel: string | null;
  /** whether the viewer may open it (a link to a case they may not see still shows its code, as the data does) */
  visible: boolean;
}

/**
 * The links between a discipline case and the complaints about its decision (domain §5 Appeal): a complaint names
 * its discipline case (`data.disciplineCaseId`); the discipline case lists the complaints the viewer may see.
 */
@Injectable()
export class CaseLinks {
  constructor(private readonly cases: CasesRepository) {}

  async of(row: Pick<CaseDetailRow, 'id' | 'procedureCode' | 'data'>, userId: string, today: string): Promise<CaseLinkView[] | undefined> {
    if (row.procedureCode === 'khieu-nai' && typeof row.data.disciplineCaseId === 'string') {
      const link = row.data.disciplineCase as { code?: string } | undefined;
      const seen = await this.cases.summaryIfVisible(row.data.disciplineCaseId, { userId, today });
      return [
        {
          relation: 'discipline-decision',
          label: 'Hồ sơ kỷ luật có quyết định bị khiếu nại',
          caseId: row.data.disciplineCaseId,
          code: seen?.code ?? String(link?.code ?? ''),
          procedureCode: 'ky-luat',
          status: seen?.status ?? null,
          statusLabel: seen ? (CASE_STATUS_LABELS[seen.status] ?? seen.status) : null,
          visible: seen !== null,
        },
      ];
    }
    if (row.procedureCode === 'ky-luat') {
      const complaints = await this.cases.complaintsAboutDecisionOf(row.id, { userId, today });
      return complaints.map((c) => ({
        relation: 'complaint',
        label: 'Khiếu nại đối với quyết định kỷ luật',
        caseId: c.id,
        code: c.code,
        procedureCode: c.procedureCode,
        status: c.status,
        statusLabel: CASE_STATUS_LABELS[c.status] ?? c.status,
        visible: true,
      }));
    }
    return undefined;
  }

}
