import { Injectable } from '@nestjs/common';
import type { Person } from '@congdoan/contracts';
import { Conflict, DomainError, type IssuableType, type IssuanceData, NotFound, vietnameseDate } from '@congdoan/domain';
import { DocumentsRepository, type OrgUnitEntity, UsersRepository } from '@congdoan/persistence';
import { problem } from '../cases/field-rules';
import type { IntakePreparer, IntakeRequest, PreparedIntake } from '../complaints/prepared-intake';

/** The issuance as recorded: what was asked, with the people resolved and the corrected document cited. */
export type RecordedIssuance = IssuanceData & {
  signer: Person;
  drafter: Person;
  /** a correction: the issued document as it is cited (số, ngày, trích yếu) */
  corrected?: { numberText: string; issuedOn: string; summary: string };
};

const ROLE_WORDS: Record<'leader' | 'officer', { vi: string; code: string; field: string; rule: string }> = {
  leader: { vi: 'lãnh đạo', code: 'UNKNOWN_SIGNER', field: 'data.signerId', rule: 'leaderOfUnit' },
  officer: { vi: 'cán bộ, chuyên viên', code: 'UNKNOWN_DRAFTER', field: 'data.drafterId', rule: 'officerOfUnit' },
};

/**
 * Ban hành văn bản at intake (domain §8; NĐ 30/2020 Art. 10–18): the signer is a leader of the issuing unit today and
 * the drafter one of its officers (default: whoever opens the case); a correction names a document this unit issued
 * that the caller may see, cited in the new one; a format correction is a công văn đính chính (CV).
 */
@Injectable()
export class IssuanceIntake implements IntakePreparer {
  constructor(
    private readonly users: UsersRepository,
    private readonly documents: DocumentsRepository,
  ) {}

  async prepare(r: IntakeRequest): Promise<PreparedIntake> {
    const input = r.data;
    const signer = await this.personIn(String(input.signerId).toLowerCase(), r.unit, 'leader', r.today);
    const drafter = await this.personIn(typeof input.drafterId === 'string' ? input.drafterId.toLowerCase() : r.user.id, r.unit, 'officer', r.today);
    const corrects = input.corrects as IssuanceData['corrects'] | undefined;
    const corrected = corrects ? await this.corrected(corrects, r) : undefined;

    const data: RecordedIssuance = {
      documentType: corrects?.kind === 'format' ? 'CV' : (input.documentType as IssuableType),
      summary: String(input.summary).trim(),
      signerId: signer.userId,
      drafterId: drafter.userId,
      ...(typeof input.content === 'string' && input.content.trim() ? { content: input.content } : {}),
      recipients: (input.recipients as string[]).map((line) => line.trim()),
      ...(input.urgent === true ? { urgent: true } : {}),
      ...(input.secret === true ? { secret: true } : {}),
      ...(corrects ? { corrects: { documentId: corrects.documentId.toLowerCase(), kind: corrects.kind } } : {}),
      signer,
      drafter,
      ...(corrected ? { corrected } : {}),
    };
    return { title: r.title, data: { ...input, ...data } };
  }

  /** An active user holding `role` in the unit today, else 422 naming who they are not. */
  private async personIn(userId: string, unit: OrgUnitEntity, role: 'leader' | 'officer', today: string): Promise<Person> {
    const [user, roles] = await Promise.all([this.users.findActiveById(userId), this.users.rolesOn(userId, today)]);
    if (user && roles.some((x) => x.orgUnitId === unit.id && x.role === role)) return { userId: user.id, fullName: user.fullName };
    const words = ROLE_WORDS[role];
    const who = user ? user.fullName : `Tài khoản '${userId}'`;
    throw new DomainError(
      'rule',
      words.code,
      `${who} không phải ${words.vi} của ${unit.name}${role === 'leader' ? ' nên không thể là người ký văn bản của đơn vị' : ''}`,
      `${user ? user.fullName : `User '${userId}'`} does not hold the '${role}' role in ${unit.code} today`,
      [problem(words.field, words.rule, `phải là ${words.vi} của ${unit.name}`, `must hold the '${role}' role in ${unit.code}`)],
    );
  }

  /**
   * The document a correction is about: issued by this unit, visible to the caller (404 otherwise), not already
   * replaced, and (a content correction) not being replaced by another open case.
   */
  private async corrected(corrects: NonNullable<IssuanceData['corrects']>, r: IntakeRequest): Promise<RecordedIssuance['corrected']> {
    const doc = await this.documents.findVisible(corrects.documentId.toLowerCase(), r.user.id, r.today);
    if (!doc || doc.issuerUnitId !== r.unit.id) throw new NotFound('văn bản do đơn vị ban hành', 'Document issued by this unit', corrects.documentId);
    if (doc.replacedBy) {
      throw new DomainError(
        'rule',
        'DOCUMENT_REPLACED',
        `Văn bản số ${doc.number} đã được thay thế bằng văn bản số ${doc.replacedBy.number} ngày ${vietnameseDate(doc.replacedBy.issuedOn, true)}: hãy đính chính, thay thế văn bản mới`,
        `Document ${doc.number} was already replaced by ${doc.replacedBy.number} (${doc.replacedBy.issuedOn}); correct that one instead`,
      );
    }
    if (corrects.kind === 'content') {
      const pending = await this.documents.pendingReplacement(doc.id);
      if (pending) {
        throw new Conflict(
          `Hồ sơ ${pending} đang ban hành văn bản thay thế văn bản số ${doc.number}`,
          `Case ${pending} is already issuing a replacement for ${doc.number}`,
          'REPLACEMENT_UNDER_WAY',
        );
      }
    }
    return { numberText: doc.number, issuedOn: doc.issuedAt, summary: doc.summary };
  }
}
