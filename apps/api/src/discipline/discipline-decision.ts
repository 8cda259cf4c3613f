import { Injectable } from '@nestjs/common';
import { CASE_STATUS_LABELS, type ComplaintData, DomainError, NotFound } from '@congdoan/domain';
import { CasesRepository, DocumentsRepository, type OrgUnitEntity } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** The kind of the decision a discipline case issues (workflows/ky-luat: the QĐ thi hành kỷ luật). */
export const DISCIPLINE_DECISION_KIND = 'qd-ky-luat';

/** A complaint's link to the discipline case whose decision it challenges. */
export interface DisciplineCaseLink {
  caseId: string;
  code: string;
  decisionNumber: string;
  decisionIssuedOn: string;
}

export interface DisciplineDecisionFacts {
  link: DisciplineCaseLink;
  decision: ComplaintData['decisionComplainedOf'];
  /** the person (or body) disciplined: the complainant when the letter names nobody else */
  subjectName: string;
}

/**
 * A complaint about a discipline decision (domain §5 Appeal, §6): QĐ 5130/QĐ-TLĐ Art. 16 lets the person complain,
 * and the complaint follows P5. The complaint names the discipline case; its QĐ kỷ luật becomes the decision
 * complained of (its signer a party, as for any decision), and the union that issued it resolves it first.
 */
@Injectable()
export class DisciplineDecisions {
  constructor(
    private readonly cases: CasesRepository,
    private readonly documents: DocumentsRepository,
  ) {}

  async forComplaint(caseId: string, user: AuthenticatedUser, unit: OrgUnitEntity, today: string): Promise<DisciplineDecisionFacts> {
    const kase = await this.cases.detail(caseId, { userId: user.id, today });
    if (!kase) throw new NotFound('hồ sơ kỷ luật', 'Discipline case', caseId);
    if (kase.procedureCode !== 'ky-luat') {
      throw new DomainError(
        'rule',
        'NOT_A_DISCIPLINE_CASE',
        `Hồ sơ ${kase.code} không phải hồ sơ kỷ luật (data.disciplineCaseId)`,
        `Case ${kase.code} is not a discipline case (data.disciplineCaseId)`,
      );
    }
    const issued = kase.documents.find((d) => d.kind === DISCIPLINE_DECISION_KIND);
    if (!issued) {
      const status = kase.closedAt ? (CASE_STATUS_LABELS[kase.status] ?? kase.status) : 'đang xem xét';
      throw new DomainError(
        'rule',
        'DISCIPLINE_DECISION_NOT_ISSUED',
        `Hồ sơ ${kase.code} chưa có quyết định kỷ luật được ban hành (${status}): chưa có quyết định để khiếu nại`,
        `Case ${kase.code} has no issued discipline decision (${kase.status}): there is nothing to complain of yet`,
      );
    }
    const issuer = await this.documents.issuerOf(issued.id);
    if (issuer && issuer.id !== unit.id) {
      throw new DomainError(
        'rule',
        'DISCIPLINE_COMPLAINT_WRONG_UNIT',
        `Quyết định số ${issued.numberText} do ${issuer.name} ban hành: khiếu nại lần đầu do chính cấp đó giải quyết (QĐ 333/QĐ-TLĐ Điều 6), không phải ${unit.name}`,
        `Decision ${issued.numberText} was issued by ${issuer.code}: the first complaint goes to that union (QĐ 333/QĐ-TLĐ Art. 6), not ${unit.code}`,
      );
    }
    const subject = (kase.data.subject ?? {}) as { fullName?: string };
    return {
      link: { caseId: kase.id, code: kase.code, decisionNumber: issued.numberText, decisionIssuedOn: issued.issuedOn },
      decision: {
        summary: issued.summary,
        number: issued.numberText,
        issuedOn: issued.issuedOn,
        ...(issuer ? { issuerName: issuer.name } : {}),
        signerName: issued.signerName,
        ...(issuer?.signerUserId ? { signerUserId: issuer.signerUserId } : {}),
      },
      subjectName: String(subject.fullName ?? '').trim(),
    };
  }
}
