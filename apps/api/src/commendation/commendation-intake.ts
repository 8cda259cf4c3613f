import { Injectable } from '@nestjs/common';
import type { CommendationData, Nominee } from '@congdoan/domain';
import { UsersRepository } from '@congdoan/persistence';
import { refuseUnknownUsers } from '../committees/known-users';
import type { IntakePreparer, IntakeRequest, PreparedIntake } from '../complaints/prepared-intake';

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

/**
 * A commendation dossier as recorded (domain §4): the nominees' names trimmed, and the accounts they name checked, so
 * a nominee under discipline review or party to a pending complaint is found by account as well as by name.
 */
@Injectable()
export class CommendationIntake implements IntakePreparer {
  constructor(private readonly users: UsersRepository) {}

  async prepare({ title, data: input }: IntakeRequest): Promise<PreparedIntake> {
    const nominees: Nominee[] = (input.nominees as Record<string, unknown>[]).map((n) => {
      const fullName = trimmed(n.fullName);
      const unitName = trimmed(n.unitName);
      const position = trimmed(n.position);
      return {
        ...(fullName ? { fullName } : {}),
        ...(unitName ? { unitName } : {}),
        ...(typeof n.userId === 'string' ? { userId: n.userId } : {}),
        ...(position ? { position } : {}),
      };
    });
    await refuseUnknownUsers(this.users, nominees.map((n, i) => ({ userId: n.userId, field: `data.nominees.${i}.userId` })));
    const data: CommendationData = { ...(input as unknown as CommendationData), nominees, exceptional: input.exceptional === true };
    return { title, data: { ...data } };
  }
}
