import { ValidationFailed } from '@congdoan/domain';
import type { UsersRepository } from '@congdoan/persistence';
import { problem } from '../cases/field-rules';

/**
 * The accounts a form names (an elected member, a nominee, the person disciplined) must be active users: the roster,
 * the holds and the parties of a case refer to them. All unknown ones are named at once (400).
 */
export async function refuseUnknownUsers(users: UsersRepository, named: readonly { userId: string | undefined; field: string }[]): Promise<void> {
  const given = named.filter((n): n is { userId: string; field: string } => typeof n.userId === 'string' && n.userId !== '');
  const found = await Promise.all(given.map(async (n) => ((await users.findActiveById(n.userId)) ? undefined : n.field)));
  const unknown = found.filter((field): field is string => field !== undefined);
  if (unknown.length > 0) {
    throw new ValidationFailed(unknown.map((field) => problem(field, 'knownUser', 'không phải tài khoản người dùng đang hoạt động', 'is not an active user')));
  }
}
