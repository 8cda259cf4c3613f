import { Injectable } from '@nestjs/common';
import { NotFound, vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository, type UserEntity, UsersRepository } from '@congdoan/persistence';
import type { AssignRoleDto, CreateUserDto } from './users.dto';

export interface UserView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
}

const view = (u: UserEntity): UserView => ({ id: u.id, username: u.username, fullName: u.fullName, email: u.email, active: u.active });

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  async list(): Promise<{ items: UserView[] }> {
    return { items: (await this.users.list()).map(view) };
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
