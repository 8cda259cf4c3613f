import { Injectable } from '@nestjs/common';
import type { Person } from '@congdoan/contracts';
import { DomainError, ROLE_LABELS } from '@congdoan/domain';
import { CaseProtectionRepository, type ConflictedPerson, type TaskForAction, UsersRepository } from '@congdoan/persistence';

const RELATION_WORDS: Record<ConflictedPerson['relation'], [string, string]> = {
  accused: ['người bị tố cáo', 'the accused'],
  'complained-against': ['người bị khiếu nại', 'the person complained against'],
  'decision-signer': ['người ký quyết định bị khiếu nại', 'the signer of the decision complained of'],
};

/**
 * No one works on a case about themselves: the accused, the person complained against and the signer of the decision
 * complained of cannot be given its steps or join its verification team, and the refusal says who and why.
 */
@Injectable()
export class ConflictsOfInterest {
  constructor(
    private readonly protection: CaseProtectionRepository,
    private readonly users: UsersRepository,
  ) {}

  async refuseConflicted(caseId: string, userIds: readonly string[]): Promise<void> {
    const conflicted = await this.protection.conflictsAmong(caseId, userIds);
    if (conflicted.length === 0) return;
    const vi = conflicted.map((p) => `${p.fullName} là ${RELATION_WORDS[p.relation][0]}`).join('; ');
    const en = conflicted.map((p) => `${p.fullName} is ${RELATION_WORDS[p.relation][1]}`).join('; ');
    throw new DomainError('rule', 'CONFLICT_OF_INTEREST', `Không thể phân công: ${vi} trong vụ việc này (xung đột lợi ích)`, `Cannot assign: ${en} in this case (conflict of interest)`);
  }

  /** The verification team: active UBKT members of the step's unit today, none of them a party to the case. */
  async verificationTeam(task: TaskForAction, memberIds: readonly string[], today: string): Promise<Person[]> {
    const unique = [...new Set(memberIds)];
    await this.refuseConflicted(task.caseId, unique);
    const team: Person[] = [];
    for (const id of unique) {
      const [member, roles] = await Promise.all([this.users.findActiveById(id), this.users.rolesOn(id, today)]);
      if (!member || !roles.some((r) => r.orgUnitId === task.orgUnitId && r.role === 'ubkt')) {
        throw new DomainError(
          'rule',
          'TEAM_MEMBER_INVALID',
          `Tổ xác minh chỉ gồm ${ROLE_LABELS.ubkt} của ${task.orgUnitName} đang hoạt động (data.memberIds: ${id})`,
          `The verification team takes only active UBKT members of ${task.orgUnitName} (data.memberIds: ${id})`,
        );
      }
      team.push({ userId: member.id, fullName: member.fullName });
    }
    return team;
  }
}
