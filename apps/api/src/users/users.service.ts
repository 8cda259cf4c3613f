import { Injectable } from '@nestjs/common';
import { NotFound, vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository, type UserEntity, type UserRoleInUnit, UsersRepository } from '@congdoan/persistence';
import type { AssignRoleDto, CreateUserDto } from './users.dto';

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  /** roles in force today or later, with their unit */
  roles: UserRoleInUnit[];
}

const view = (u: UserEntity, roles: UserRoleInUnit[] = []): UserView => ({ id: u.id, username: u.username, fullName: u.fullName, email: u.email, active: u.active, roles });

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  async list(): Promise<{ items: UserView[] }> {
    const [users, roles] = await Promise.all([this.users.list(), this.users.rolesFrom(vietnamDate(new Date()))]);
    return { items: users.map((u) => view(u, roles.get(u.id))) };
  }

  async create(dto: CreateUserDto): Promise<UserView> {
    return view(await this.users.create(dto));
  }

  async assignRole(userId: string, dto: AssignRoleDto): Promise<{ id: string }> {
    if (!(await this.users.findActiveById(userId))) throw new NotFound('người dùng', 'User', userId);
    if (!(await this.orgUnits.findById(dto.orgUnitId))) throw new NotFound('đơn vị', 'Org unit', dto.orgUnitId);
    const id = await this.users.assignRole(userId, dto.orgUnitId, dto.role, dto.title ?? null, dto.validFrom ?? vietnamDate(new Date()));
    return { id };
  }
}
