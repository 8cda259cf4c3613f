import bcrypt from 'bcryptjs';

/** bcrypt, cost 10 (OWASP's floor for bcrypt); bcryptjs is pure JavaScript, so no native build on install. */
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

/** A real hash of nothing anyone knows: compared against when the user does not exist, so timing does not tell. */
export const DUMMY_PASSWORD_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.1z8WYHzS8m1iH3JxH2V9d5c7O6bK';
