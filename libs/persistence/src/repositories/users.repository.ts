import type { DataSource } from 'typeorm';
import { Conflict, type Role } from '@congdoan/domain';
import { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import { UserEntity } from '../entities/user.entity';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../password';

export interface UserRole {
  assignmentId: string;
  orgUnitId: string;
  role: Role;
  title: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface NewUser {
  username: string;
  fullName: string;
  email?: string | null;
  password: string;
}

/** A role held in a unit, as the admin's user list shows it. */
export interface UserRoleInUnit {
  role: Role;
  title: string | null;
  orgUnitId: string;
  orgUnitCode: string;
  orgUnitName: string;
  validFrom: string;
  validTo: string | null;
}

export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  /** The active user whose password matches, or null; always spends one bcrypt comparison. */
  async verifyCredentials(username: string, password: string): Promise<UserEntity | null> {
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: username.trim().toLowerCase() })
      .getOne();
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    return ok && user?.active ? user : null;
  }

  findActiveById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id, active: true });
  }

  list(): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  /** Turns the user's email copies of notifications on or off; false when no active user has that id. */
  async setEmailNotifications(userId: string, on: boolean): Promise<boolean> {
    const result = await this.db.getRepository(UserEntity).update({ id: userId, active: true }, { emailNotifications: on });
    return (result.affected ?? 0) > 0;
  }

  /** Every user's roles in force on `date` or later (current and planned), with the unit, for the admin's list: one query. */
  async rolesFrom(date: string): Promise<Map<string, UserRoleInUnit[]>> {
    const rows = (await this.db.query(
      `SELECT r.user_id AS "userId", r.role, r.title, r.org_unit_id AS "orgUnitId", u.code AS "orgUnitCode", u.name AS "orgUnitName",
              r.valid_from::text AS "validFrom", r.valid_to::text AS "validTo"
         FROM role_assignments r JOIN org_units u ON u.id = r.org_unit_id
        WHERE r.valid_to IS NULL OR r.valid_to >= $1::date
        ORDER BY r.user_id, u.name, r.role`,
      [date],
    )) as (UserRoleInUnit & { userId: string })[];
    const byUser = new Map<string, UserRoleInUnit[]>();
    for (const { userId, ...role } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), role]);
    return byUser;
  }

  /** Roles in force on `date` (YYYY-MM-DD, Vietnam time). */
  async rolesOn(userId: string, date: string): Promise<UserRole[]> {
    const rows = await this.db
      .getRepository(RoleAssignmentEntity)
      .createQueryBuilder('r')
      .where('r.userId = :userId', { userId })
      .andWhere('r.validFrom <= :date AND (r.validTo IS NULL OR r.validTo >= :date)', { date })
      .orderBy('r.orgUnitId')
      .addOrderBy('r.role')
      .getMany();
    return rows.map((r) => ({
      assignmentId: r.id,
      orgUnitId: r.orgUnitId,
      role: r.role,
      title: r.title,
      validFrom: r.validFrom,
      validTo: r.validTo,
    }));
  }

  async create(input: NewUser): Promise<UserEntity> {
    const username = input.username.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const inserted = await this.db
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ username, fullName: input.fullName.trim(), email: input.email ?? null, passwordHash })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) {
      throw new Conflict(`Tên đăng nhập '${username}' đã tồn tại`, `Username '${username}' already exists`, 'USERNAME_TAKEN');
    }
    return (await this.db.getRepository(UserEntity).findOneByOrFail({ id }));
  }

  async assignRole(userId: string, orgUnitId: string, role: Role, title: string | null, validFrom: string): Promise<string> {
    const inserted = await this.db
      .createQueryBuilder()
      .insert()
      .into(RoleAssignmentEntity)
      .values({ userId, orgUnitId, role, title, validFrom })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) {
      throw new Conflict('Người dùng đã có vai trò này tại đơn vị từ ngày đó', 'The user already holds this role in this unit from that date', 'ROLE_EXISTS');
    }
    return id;
  }
}
