import { Injectable } from '@nestjs/common';
import { DomainError } from '@congdoan/domain';
import { type StandInRow, StandInsRepository, type TaskForAction, UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { problem } from '../cases/field-rules';
import { HEAD_TITLE, type Signing, byRelevance, delegationRefusal, ownSigning } from './signing-rules';

/** How many of the actor's stand-ins are read to find one from the signer (newest first): far more than anyone has. */
const STAND_INS_READ = 200;

/**
 * Who may `sign` a step, and how (NĐ 30/2020 Art. 13; domain §8–§9): the assigned signer in person (TM. as the Chủ
 * tịch, KT. as a Phó Chủ tịch), or someone the signer delegated signing to in writing (TUQ.), checked at signing.
 */
@Injectable()
export class SigningAuthority {
  constructor(
    private readonly users: UsersRepository,
    private readonly standIns: StandInsRepository,
  ) {}

  /**
   * The signature the actor may put on the step's document today, or null when they have no standing at all (the
   * caller answers 403). A written delegation that is not good today is refused with its reason (422).
   * `delegationRef` is the stand-in (giấy ủy quyền) the actor signs by; without it, their stand-ins from the signer
   * in the step's unit are looked up.
   */
  async authorise(task: TaskForAction, actor: AuthenticatedUser, delegationRef: string | undefined, today: string): Promise<Signing | null> {
    const signerId = task.assigneeUserId ?? (task.holdsRole ? actor.id : null);
    if (!signerId) return null;
    if (signerId === actor.id) return ownSigning(await this.leaderTitle(actor.id, actor.fullName, task, today));

    const signerName = task.assigneeName ?? '';
    const candidates = delegationRef ? [await this.referenced(delegationRef)] : await this.fromSigner(signerId, actor.id, task.orgUnitId);
    if (candidates.length === 0) return null;
    const check = (standIn: StandInRow) =>
      delegationRefusal({ standIn, signer: { userId: signerId, fullName: signerName }, actorId: actor.id, orgUnitId: task.orgUnitId, orgUnitName: task.orgUnitName, today });
    const ranked = [...candidates].sort(byRelevance(today));
    const good = ranked.find((s) => check(s) === null);
    if (!good) throw check(ranked[0]) as DomainError;
    const principalTitle = (await this.titleIn(signerId, task.orgUnitId, today)) ?? HEAD_TITLE;
    return { signingMode: 'TUQ', principalTitle, delegationRef: good.id };
  }

  /** The stand-in a TUQ. names; an unknown one is a bad reference (422, naming the field). */
  private async referenced(id: string): Promise<StandInRow> {
    const standIn = await this.standIns.findById(id.toLowerCase());
    if (standIn) return standIn;
    throw new DomainError(
      'rule',
      'DELEGATION_UNKNOWN',
      `Không có giấy ủy quyền '${id}': hãy chọn một ủy quyền đã ghi nhận (GET /api/stand-ins)`,
      `No stand-in '${id}' is on record (see GET /api/stand-ins)`,
      [problem('data.delegationRef', 'knownStandIn', 'phải là một ủy quyền đã ghi nhận', 'must be a recorded stand-in')],
    );
  }

  /** The actor's stand-ins from the signer in the unit, whatever their dates (a lapsed one is named in the refusal). */
  private async fromSigner(signerId: string, actorId: string, orgUnitId: string): Promise<StandInRow[]> {
    const { items } = await this.standIns.list({ userId: actorId, limit: STAND_INS_READ });
    return items.filter((s) => s.principalUserId === signerId && s.substituteUserId === actorId && s.orgUnitId === orgUnitId);
  }

  /** The signer's title as a leader of the unit today; one who no longer leads it cannot sign in its name (422). */
  private async leaderTitle(userId: string, fullName: string, task: TaskForAction, today: string): Promise<string | null> {
    const lead = (await this.users.rolesOn(userId, today)).find((r) => r.orgUnitId === task.orgUnitId && r.role === 'leader');
    if (lead) return lead.title;
    throw new DomainError(
      'rule',
      'SIGNER_NOT_LEADER',
      `${fullName} hiện không phải lãnh đạo của ${task.orgUnitName} nên không thể ký văn bản của đơn vị`,
      `${fullName} is not a leader of ${task.orgUnitName} today, so cannot sign its documents`,
    );
  }

  private async titleIn(userId: string, orgUnitId: string, today: string): Promise<string | null> {
    const roles = (await this.users.rolesOn(userId, today)).filter((r) => r.orgUnitId === orgUnitId);
    return (roles.find((r) => r.role === 'leader') ?? roles[0])?.title ?? null;
  }
}
