import { Injectable } from '@nestjs/common';
import {
  type CommitteeBody,
  Conflict,
  type DisciplineData,
  type DisciplineForm,
  type DisciplineSubjectKind,
  type FieldProblem,
  RuleBroken,
  type SubjectRelation,
  ValidationFailed,
  authorityProblems,
  ceilingProblems,
  formProblems,
} from '@congdoan/domain';
import { type IntakeProtection, type OrgUnitEntity, OrgUnitsRepository, UsersRepository } from '@congdoan/persistence';
import { problem } from '../cases/field-rules';
import { refuseUnknownUsers } from '../committees/known-users';
import type { IntakePreparer, IntakeRequest, PreparedIntake } from '../complaints/prepared-intake';

/** A discipline case's data as stored: the subject with their union unit, and the collective body when it is one. */
export type DisciplineCaseData = DisciplineData & { subject: DisciplineData['subject'] & { body?: CommitteeBody } };

/**
 * A discipline case as recorded (domain §5; QĐ 5130/QĐ-TLĐ): the deciding union must have the power over the subject
 * (Art. 10–12: by its level, the subject's kind, and whether the subject belongs to it or to a union directly below),
 * the proposed form must be one the subject can receive (Art. 4) and no heavier than a Party or administrative
 * discipline already imposed (Art. 3(10)). The person disciplined is a party: they never see nor act on the case.
 */
@Injectable()
export class DisciplineIntake implements IntakePreparer {
  constructor(
    private readonly orgUnits: OrgUnitsRepository,
    private readonly users: UsersRepository,
  ) {}

  async prepare({ title, data: input, user, unit }: IntakeRequest): Promise<PreparedIntake> {
    const subject = input.subject as DisciplineCaseData['subject'];
    const kind = subject.kind as DisciplineSubjectKind;
    const form = input.proposedForm as DisciplineForm;
    const prior = input.priorDiscipline as DisciplineData['priorDiscipline'];

    const { subjectUnit, relation } = await this.subjectUnit(subject.unitId, unit);
    const problems: FieldProblem[] = [
      ...authorityProblems({ decidingLevel: unit.level, subjectKind: kind, relation, ...(subject.body ? { collective: subject.body } : {}) }),
      ...formProblems(kind, form),
      ...ceilingProblems(form, prior),
    ];
    if (problems.length > 0) throw new RuleBroken(problems);

    await refuseUnknownUsers(this.users, [{ userId: subject.userId, field: 'data.subject.userId' }]);
    if (subject.userId && subject.userId === user.id) {
      throw new Conflict(
        'Hồ sơ kỷ luật này xem xét chính bạn nên bạn không thể tiếp nhận; hãy chuyển cho ủy viên Ủy ban Kiểm tra khác',
        'This discipline case is about you: another UBKT member must receive it',
        'CONFLICT_OF_INTEREST',
      );
    }

    const data: DisciplineCaseData = {
      ...(input as unknown as DisciplineCaseData),
      subject: {
        ...subject,
        fullName: subject.fullName.trim(),
        ...(subject.position ? { position: subject.position.trim() } : {}),
        unitId: subjectUnit.id,
        unitName: subject.unitName?.trim() || subjectUnit.name,
      },
      violation: String(input.violation).trim(),
    };
    const protection: IntakeProtection = {
      parties: subject.userId ? [{ userId: subject.userId, relation: 'disciplined' }] : [],
      assignments: [{ userId: user.id, role: 'intake' }],
    };
    return { title, data: { ...data }, protection };
  }

  /** The subject's own union: the case's unit ('own', also when none is named) or a union directly below it. */
  private async subjectUnit(unitId: string | undefined, unit: OrgUnitEntity): Promise<{ subjectUnit: OrgUnitEntity; relation: SubjectRelation }> {
    if (!unitId || unitId === unit.id) return { subjectUnit: unit, relation: 'own' };
    const subjectUnit = await this.orgUnits.findById(unitId);
    if (!subjectUnit) {
      throw new ValidationFailed([problem('data.subject.unitId', 'knownOrgUnit', 'không phải một đơn vị công đoàn đã có', 'is not a known union unit')]);
    }
    if (subjectUnit.parentId === unit.id) return { subjectUnit, relation: 'direct-child' };
    throw new RuleBroken([
      {
        field: 'data.subject.unitId',
        rule: 'SUBJECT_NOT_UNDER_UNIT',
        message: `${subjectUnit.name} không phải ${unit.name} hay công đoàn cấp dưới trực tiếp của ${unit.name}: ${unit.name} không có thẩm quyền xem xét kỷ luật (QĐ 5130/QĐ-TLĐ Điều 10–12)`,
        messageEn: `${subjectUnit.code} is neither ${unit.code} nor a union directly below it: ${unit.code} has no power to discipline there (QĐ 5130/QĐ-TLĐ Art. 10–12)`,
      },
    ]);
  }
}
