import { Injectable } from '@nestjs/common';
import { DomainError, type DenunciationData, type ProtectedIdentity, type Channel, redactIdentity } from '@congdoan/domain';
import { type IntakeProtection, type OrgUnitEntity, OrgUnitsRepository, UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { IdentityVault } from './identity-vault.service';
import type { PreparedIntake } from './prepared-intake';

/**
 * A denunciation as it is recorded: the denouncer's identity is sealed away, and the title and content are cleared
 * of it before anything else (the case row, the workflow, lists, notices) sees them. A denunciation against the head
 * or a deputy head of the receiving union is refused here: the direct upper union resolves it (QĐ 333/QĐ-TLĐ Art. 16).
 */
@Injectable()
export class DenunciationIntake {
  constructor(
    private readonly vault: IdentityVault,
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  async prepare(title: string, input: Record<string, unknown>, user: AuthenticatedUser, unit: OrgUnitEntity, today: string): Promise<PreparedIntake> {
    const anonymous = input.anonymous === true;
    const given = input.accused as { fullName: string; position?: string; userId?: string; isHead?: boolean };
    const accused = { fullName: given.fullName.trim(), ...(given.position ? { position: given.position.trim() } : {}), ...(given.userId ? { userId: given.userId } : {}) };
    await this.refuseHeadOfUnit(given, unit, today);
    if (accused.userId === user.id) throw conflict('Bạn là người bị tố cáo nên không thể tiếp nhận đơn này', 'You are the accused: you cannot receive this denunciation');

    const raw = input.denouncer as (ProtectedIdentity & Record<string, unknown>) | undefined;
    const denouncer: ProtectedIdentity | undefined = anonymous || !raw
      ? undefined
      : { fullName: raw.fullName.trim(), address: raw.address?.trim(), ...(raw.phone ? { phone: String(raw.phone) } : {}), ...(raw.email ? { email: String(raw.email) } : {}) };
    const content = String(input.content);
    const data: DenunciationData = {
      anonymous,
      form: input.form === 'oral' ? 'oral' : 'written',
      channel: (input.channel as Channel | undefined) ?? 'truc-tiep',
      accused,
      content: redactIdentity(content, denouncer),
      places: typeof input.places === 'number' ? input.places : 1,
      identityProtected: denouncer !== undefined,
    };
    const protection: IntakeProtection = {
      parties: accused.userId ? [{ userId: accused.userId, relation: 'accused' }] : [],
      assignments: [{ userId: user.id, role: 'intake' }],
      ...(denouncer ? { sealedIdentity: this.vault.seal({ denouncer, title, content }) } : {}),
    };
    return { title: redactIdentity(title, denouncer), data: { ...data }, protection };
  }

  /** The accused leads the receiving union (marked so, or holding its leader or CĐCS-chair role today). */
  private async refuseHeadOfUnit(accused: { userId?: string; isHead?: boolean }, unit: OrgUnitEntity, today: string): Promise<void> {
    let isHead = accused.isHead === true;
    if (!isHead && accused.userId) {
      const roles = await this.users.rolesOn(accused.userId, today);
      isHead = roles.some((r) => r.orgUnitId === unit.id && (r.role === 'leader' || r.role === 'cdcs-chair'));
    }
    if (!isHead) return;
    const parent = unit.parentId ? await this.orgUnits.findById(unit.parentId) : null;
    const upper = parent?.name ?? 'công đoàn cấp trên trực tiếp';
    throw new DomainError(
      'rule',
      'ACCUSED_HEADS_UNIT',
      `Người bị tố cáo là người đứng đầu hoặc cấp phó của ${unit.name}: tố cáo này do ${upper} giải quyết (QĐ 333/QĐ-TLĐ Điều 16); hãy tiếp nhận tại đơn vị đó`,
      `The accused heads (or is a deputy head of) ${unit.code}: the direct upper union${parent ? ` (${parent.code})` : ''} resolves this denunciation; open it there`,
    );
  }
}

export const conflict = (vi: string, en: string) => new DomainError('rule', 'CONFLICT_OF_INTEREST', vi, en);
