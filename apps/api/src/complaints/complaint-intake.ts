import { Injectable } from '@nestjs/common';
import {
  type Channel,
  type ComplaintData,
  DomainError,
  ValidationFailed,
  secondInstanceWindowEnd,
  vietnameseDate,
} from '@congdoan/domain';
import { type CaseDetailRow, CasesRepository, type IntakeProtection, type OrgUnitEntity, UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DeadlineCalendar } from '../cases/deadline-calendar.service';
import { problem } from '../cases/field-rules';
import { type DisciplineCaseLink, DisciplineDecisions } from '../discipline/discipline-decision';
import { conflict } from './denunciation-intake';
import type { PreparedIntake } from './prepared-intake';

type DecisionInput = ComplaintData['decisionComplainedOf'];
const FIRST_DECISION_KIND = 'qd-giai-quyet-khieu-nai-lan-dau';

const unlinked = (vi: string, en: string) => new DomainError('rule', 'SECOND_INSTANCE_UNLINKED', vi, en);

/**
 * A complaint as it is recorded, with its defaults filled in: the 90 days of the filing window run from the day
 * the complainant learned of the decision (default: its date, else the day the letter came). A second-instance
 * complaint is linked to its first case and accepted only at the direct upper union, within its 30 (45) days.
 */
@Injectable()
export class ComplaintIntake {
  constructor(
    private readonly cases: CasesRepository,
    private readonly users: UsersRepository,
    private readonly calendar: DeadlineCalendar,
    private readonly disciplineDecisions?: DisciplineDecisions,
  ) {}

  async prepare(title: string, input: Record<string, unknown>, user: AuthenticatedUser, unit: OrgUnitEntity, receivedAt: string, today: string): Promise<PreparedIntake> {
    const instance = input.instance === 2 ? 2 : 1;
    const remoteArea = input.remoteArea === true;
    const complainant = input.complainant as ComplaintData['complainant'];
    const against = input.complainedAgainst as ComplaintData['complainedAgainst'] | undefined;
    let decision = normaliseDecision(input.decisionComplainedOf);
    let firstCase: ComplaintData['firstCase'];
    let disciplineCase: DisciplineCaseLink | undefined;
    let complainantName = typeof complainant.fullName === 'string' ? complainant.fullName.trim() : '';
    if (instance === 2) {
      const first = await this.firstInstance(String(input.firstCaseId), user, unit, receivedAt, today, remoteArea);
      firstCase = first.link;
      decision = first.decision;
    } else if (typeof input.disciplineCaseId === 'string' && this.disciplineDecisions) {
      // A complaint about a discipline decision (QĐ 5130/QĐ-TLĐ Art. 16): its QĐ kỷ luật, by default from the person disciplined.
      const discipline = await this.disciplineDecisions.forComplaint(input.disciplineCaseId, user, unit, today);
      disciplineCase = discipline.link;
      decision = discipline.decision;
      complainantName ||= discipline.subjectName;
    }
    const learnedOn = (input.learnedOn as string | undefined) ?? decision.issuedOn ?? receivedAt;
    if (learnedOn > receivedAt) {
      throw new ValidationFailed([problem('data.learnedOn', 'notAfterReceipt', 'không được sau ngày nhận đơn (receivedAt)', 'must not be after receivedAt')]);
    }

    const parties: IntakeProtection['parties'] = [];
    if (against?.userId) parties.push({ userId: against.userId, relation: 'complained-against' });
    if (decision.signerUserId) parties.push({ userId: decision.signerUserId, relation: 'decision-signer' });
    await this.refuseUnknownUsers(parties);
    if (parties.some((p) => p.userId === user.id)) {
      throw conflict('Bạn là người bị khiếu nại hoặc người ký quyết định bị khiếu nại nên không thể tiếp nhận đơn này', 'The complaint is about you: you cannot receive it');
    }

    const data: ComplaintData = {
      instance,
      complainant: { fullName: complainantName, address: complainant.address.trim(), ...(complainant.phone ? { phone: complainant.phone } : {}) },
      content: String(input.content),
      decisionComplainedOf: decision,
      ...(against ? { complainedAgainst: { fullName: against.fullName.trim(), ...(against.userId ? { userId: against.userId } : {}) } } : {}),
      channel: (input.channel as Channel | undefined) ?? 'truc-tiep',
      learnedOn,
      obstacleDays: typeof input.obstacleDays === 'number' ? input.obstacleDays : 0,
      complex: input.complex === true,
      remoteArea,
      ...(firstCase ? { firstCase } : {}),
    };
    const links = disciplineCase ? { disciplineCaseId: disciplineCase.caseId, disciplineCase } : {};
    return { title, data: { ...data, ...links }, protection: { parties, assignments: [{ userId: user.id, role: 'intake' }] } };
  }

  /**
   * The first case of a second complaint: a first-instance complaint this user can see, resolved by the union just
   * below this one, whose decision was issued (or whose period lapsed) no more than 30 (45) days before this letter.
   */
  private async firstInstance(caseId: string, user: AuthenticatedUser, unit: OrgUnitEntity, receivedAt: string, today: string, remoteArea: boolean) {
    const first = await this.cases.detail(caseId, { userId: user.id, today });
    const data = first?.data as Partial<ComplaintData> | undefined;
    if (!first || first.procedureCode !== 'khieu-nai' || data?.instance !== 1) {
      throw unlinked(
        'Khiếu nại lần hai phải gắn với một hồ sơ khiếu nại lần đầu (data.firstCaseId) mà bạn được xem',
        'A second-instance complaint must link a first-instance complaint case you can see (data.firstCaseId)',
      );
    }
    const firstUnitParent = await this.parentOf(first);
    if (firstUnitParent !== unit.id) {
      throw unlinked(
        `Khiếu nại lần hai do công đoàn cấp trên trực tiếp của đơn vị đã giải quyết lần đầu tiếp nhận (Luật Khiếu nại 2011 Điều 33), không phải ${unit.name}`,
        `A second complaint goes to the direct upper union of the first-instance unit, not ${unit.code}`,
      );
    }
    const calendar = await this.calendar.load();
    const issued = first.documents.find((d) => d.kind === FIRST_DECISION_KIND);
    const sent = first.timeline.find((e) => e.kind === 'decision_sent')?.data?.sentOn as string | undefined;
    let from: string;
    if (issued) from = sent ?? issued.issuedOn;
    else if (first.closedAt) {
      throw unlinked(
        `Hồ sơ ${first.code} đã kết thúc mà không có quyết định giải quyết lần đầu (${first.status}): không có gì để khiếu nại lần hai`,
        `Case ${first.code} ended without a first-instance decision (${first.status})`,
      );
    } else if (first.legalDueDate && first.legalDueDate < receivedAt && resolving(first)) from = first.legalDueDate; // the Art. 28 period lapsed (Art. 33)
    else {
      throw unlinked(
        `Hồ sơ ${first.code} chưa có quyết định giải quyết lần đầu và còn thời hạn giải quyết${first.legalDueDate ? ` đến hết ngày ${vietnameseDate(first.legalDueDate, true)}` : ''}: chưa thể khiếu nại lần hai`,
        `Case ${first.code} has no first-instance decision yet and its period has not lapsed${first.legalDueDate ? ` (until ${first.legalDueDate})` : ''}`,
      );
    }
    const closes = secondInstanceWindowEnd(calendar, from, remoteArea);
    if (receivedAt > closes) {
      throw new DomainError(
        'rule',
        'SECOND_INSTANCE_WINDOW_CLOSED',
        `Thời hạn khiếu nại lần hai (${remoteArea ? 45 : 30} ngày kể từ ngày ${vietnameseDate(from, true)}) đã hết ngày ${vietnameseDate(closes, true)} (Luật Khiếu nại 2011 Điều 33)`,
        `The second-instance window closed on ${closes} (${remoteArea ? 45 : 30} days from ${from}; Complaints Law 2011 Art. 33)`,
        [problem('receivedAt', 'secondInstanceWindow', `phải trước hoặc bằng ngày ${closes}`, `must be on or before ${closes}`)],
      );
    }
    const decision: DecisionInput = issued
      ? { summary: issued.summary, number: issued.numberText, issuedOn: issued.issuedOn, signerName: issued.signerName }
      : { summary: `Quá thời hạn giải quyết khiếu nại lần đầu (hồ sơ ${first.code}) mà không có quyết định giải quyết` };
    const firstDecisionSigner = issued ? await this.signerOf(first, issued.id) : undefined;
    return {
      link: { caseId: first.id, code: first.code, orgUnitId: first.orgUnitId, ...(issued ? { decisionNumber: issued.numberText, decisionIssuedOn: issued.issuedOn } : {}) },
      decision: { ...decision, ...(firstDecisionSigner ? { signerUserId: firstDecisionSigner } : {}) },
    };
  }

  private parentOf(first: CaseDetailRow): Promise<string | null> {
    return this.cases.parentUnitOf(first.orgUnitId);
  }

  private signerOf(first: CaseDetailRow, documentId: string): Promise<string | undefined> {
    return this.cases.documentSigner(first.id, documentId);
  }

  private async refuseUnknownUsers(parties: IntakeProtection['parties']): Promise<void> {
    for (const party of parties) {
      if (!(await this.users.findActiveById(party.userId))) {
        const field = party.relation === 'complained-against' ? 'data.complainedAgainst.userId' : 'data.decisionComplainedOf.signerUserId';
        throw new ValidationFailed([problem(field, 'knownUser', 'không phải tài khoản người dùng đang hoạt động', 'is not an active user')]);
      }
    }
  }
}

/** Accepted and being resolved: its clock is the resolution period of Art. 28, not the 10 days to accept. */
const resolving = (first: CaseDetailRow) => first.steps.some((s) => s.status === 'open' && (s.key === 'xac-minh' || s.key === 'quyet-dinh'));

function normaliseDecision(value: unknown): DecisionInput {
  if (typeof value === 'string') return { summary: value.trim() };
  const d = (value ?? {}) as DecisionInput;
  return {
    summary: String(d.summary ?? '').trim(),
    ...(d.number ? { number: d.number } : {}),
    ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
    ...(d.issuerName ? { issuerName: d.issuerName } : {}),
    ...(d.signerName ? { signerName: d.signerName } : {}),
    ...(d.signerUserId ? { signerUserId: d.signerUserId } : {}),
  };
}
