import { Injectable } from '@nestjs/common';
import { NotFound, type Role, vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository, UsersRepository } from '@congdoan/persistence';

export interface MeView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  /** email copies of notifications (in-app ones are always kept) */
  emailNotifications: boolean;
  units: { id: string; name: string; code: string; level: string; roles: { role: Role; title: string | null }[] }[];
}

@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  async setPreferences(userId: string, preferences: { emailNotifications: boolean }): Promise<MeView> {
    if (!(await this.users.setEmailNotifications(userId, preferences.emailNotifications))) throw new NotFound('người dùng', 'User', userId);
    return this.describe(userId);
  }

  /** The user with the units they hold roles in today, each with those roles. */
  async describe(userId: string): Promise<MeView> {
    const user = await this.users.findActiveById(userId);
    if (!user) throw new NotFound('người dùng', 'User', userId);
    const roles = await this.users.rolesOn(userId, vietnamDate(new Date()));
    const units = await this.orgUnits.findByIds([...new Set(roles.map((r) => r.orgUnitId))]);
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      email: user.email,
      emailNotifications: user.emailNotifications,
      units: units.map((u) => ({
        id: u.id,
        name: u.name,
        code: u.code,
        level: u.level,
        roles: roles.filter((r) => r.orgUnitId === u.id).map((r) => ({ role: r.role, title: r.title })),
      })),
    };
  }
}
