import type { ProcedureStep, Role } from '../../api/types';
import { STEP_HOLDER_WORDS } from '../../components/code-words';

/** Who acts on a step, in the words of a union office (the API sends the role code). */
export const roleWords = (role: Role, language: string): string => STEP_HOLDER_WORDS[language === 'en' ? 'en' : 'vi'][role] ?? role;

/** A step's legal period: "5 ngày làm việc", "30 ngày" (calendar days are plain days in Vietnamese texts). */
export function periodWords({ amount, unit }: ProcedureStep['deadline'], language: string): string {
  if (language === 'en') {
    const noun = unit === 'working_days' ? 'working day' : 'day';
    return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
  }
  return unit === 'working_days' ? `${amount} ngày làm việc` : `${amount} ngày`;
}
