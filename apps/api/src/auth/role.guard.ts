import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, ROLE_LABELS, type Role, vietnamDate } from '@congdoan/domain';
import { UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from './authenticated-user';
import { REQUIRED_ROLE } from './require-role.decorator';

/** Global guard after authentication: checks @RequireRole against the roles stored in PostgreSQL, today. */
@Injectable()
export class RoleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const role = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (!role) return true;
    const user = context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
    const roles = await this.users.rolesOn(user.id, vietnamDate(new Date()));
    if (roles.some((r) => r.role === role)) return true;
    throw new Forbidden(`Chỉ người có vai trò "${ROLE_LABELS[role]}" mới được thực hiện thao tác này`, `Only a user with the '${role}' role may do this`);
  }
}
