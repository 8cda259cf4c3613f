import { SetMetadata } from '@nestjs/common';
import type { Role } from '@congdoan/domain';

export const REQUIRED_ROLE = 'congdoan:requiredRole';
/** The route needs this role in at least one unit, in force today. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
