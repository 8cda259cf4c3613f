import { Injectable } from '@nestjs/common';
import { Conflict, DomainError, Forbidden, NotFound, ValidationFailed, vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository, type StandInRow, StandInsRepository, UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DEFAULT_PAGE } from '../cases/cases.dto';
// Stand-ins are listed newest first by (created_at, id), exactly the key cases use, so the same cursor serves.
import { type Page, caseCursor as newestFirstCursor } from '../cases/page-cursor';
import { standInFormProblems, standInRefusal } from './stand-in-rules';
import type { CreateStandInDto, ListStandInsQueryDto } from './stand-ins.dto';

export interface StandInView extends StandInRow {
  /** in force today (Vietnam time) */
  inForce: boolean;
}

const view = (row: StandInRow, today: string): StandInView => ({ ...row, inForce: row.validFrom <= today && today <= row.validTo });

/**
 * Ủy quyền while a leader is away (NĐ 30/2020 Art. 13; procedures.md §9): in writing, limited in time and content, no
 * sub-delegation. The inbox and the action checks read the table directly; this service is how rows get there.
 */
@Injectable()
export class StandInsService {
  constructor(
    private readonly standIns: StandInsRepository,
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  /** Field rules (400), then who may (403), the ids (404), the unit's staff (422); chain and overlap under a lock. */
  async create(dto: CreateStandInDto, caller: AuthenticatedUser): Promise<StandInView> {
    const today = vietnamDate(new Date());
    const problems = standInFormProblems(dto, today);
    if (problems.length > 0) throw new ValidationFailed(problems);
    // Checked before the ids, so a non-admin cannot probe which users exist.
    if (dto.principalUserId !== caller.id && !(await this.isAdmin(caller.id, today))) {
      throw new Forbidden(
        'Chỉ người ủy quyền (principal) hoặc quản trị hệ thống mới được tạo ủy quyền',
        'Only the principal themself or an administrator may create a stand-in',
      );
    }
    const [principal, substitute, unit] = await Promise.all([
      this.users.findActiveById(dto.principalUserId),
      this.users.findActiveById(dto.substituteUserId),
      this.orgUnits.findById(dto.orgUnitId),
    ]);
    if (!principal) throw new NotFound('người ủy quyền', 'Principal user', dto.principalUserId);
    if (!substitute) throw new NotFound('người được ủy quyền', 'Substitute user', dto.substituteUserId);
    if (!unit) throw new NotFound('đơn vị', 'Org unit', dto.orgUnitId);

    // One delegates a role one holds in the unit; the stand-in comes from the unit's own staff.
    if (!(await this.holdsRoleIn(principal.id, unit.id, dto.validFrom))) {
      throw new DomainError(
        'rule',
        'PRINCIPAL_NOT_IN_UNIT',
        `${principal.fullName} không giữ vai trò nào tại ${unit.name} vào ngày ${dto.validFrom}, nên không có gì để ủy quyền ở đó`,
        `${principal.fullName} holds no role in ${unit.code} on ${dto.validFrom}, so has nothing to delegate there`,
      );
    }
    if (!(await this.holdsRoleIn(substitute.id, unit.id, dto.validFrom))) {
      throw new DomainError(
        'rule',
        'SUBSTITUTE_NOT_IN_UNIT',
        `${substitute.fullName} không thuộc ${unit.name} vào ngày ${dto.validFrom}: người được ủy quyền phải là cán bộ của đơn vị`,
        `${substitute.fullName} holds no role in ${unit.code} on ${dto.validFrom}: a stand-in must be staff of the unit`,
      );
    }

    const result = await this.standIns.create({ ...dto, createdBy: caller.id });
    if ('standIn' in result) return view(result.standIn, today);
    throw standInRefusal(result);
  }

  /** Stand-ins the caller gives or receives (an admin: all), newest first. */
  async list(caller: AuthenticatedUser, query: ListStandInsQueryDto): Promise<Page<StandInView>> {
    const today = vietnamDate(new Date());
    const limit = query.limit ?? DEFAULT_PAGE;
    const { items, hasMore } = await this.standIns.list({
      userId: (await this.isAdmin(caller.id, today)) ? undefined : caller.id,
      inForceOn: query.active ? today : undefined,
      limit,
      after: query.cursor ? newestFirstCursor.decode(query.cursor) : undefined,
    });
    const last = items.at(-1);
    return { items: items.map((row) => view(row, today)), nextCursor: hasMore && last ? newestFirstCursor.encode(last) : null };
  }

  /** Ends it early: the principal or an admin; the substitute sees it, so is told no (403); anyone else gets 404. */
  async end(id: string, caller: AuthenticatedUser): Promise<void> {
    const today = vietnamDate(new Date());
    const standIn = await this.standIns.findById(id);
    const admin = await this.isAdmin(caller.id, today);
    if (!standIn || (!admin && caller.id !== standIn.principalUserId && caller.id !== standIn.substituteUserId)) {
      throw new NotFound('ủy quyền', 'Stand-in', id);
    }
    if (!admin && caller.id !== standIn.principalUserId) {
      throw new Forbidden('Chỉ người ủy quyền hoặc quản trị hệ thống mới được kết thúc ủy quyền', 'Only the principal or an administrator may end a stand-in');
    }
    const outcome = await this.standIns.end(id, today);
    if (outcome === 'gone') throw new NotFound('ủy quyền', 'Stand-in', id);
    if (outcome === 'already-ended') {
      throw new Conflict(
        `Ủy quyền này đã hết hiệu lực từ ngày ${standIn.validTo}`,
        `This stand-in already ended on ${standIn.validTo}`,
        'STAND_IN_ENDED',
      );
    }
  }

  private async isAdmin(userId: string, today: string): Promise<boolean> {
    return (await this.users.rolesOn(userId, today)).some((r) => r.role === 'admin');
  }

  private async holdsRoleIn(userId: string, orgUnitId: string, date: string): Promise<boolean> {
    return (await this.users.rolesOn(userId, date)).some((r) => r.orgUnitId === orgUnitId);
  }
}
