import type { ProcedureStep, Role } from '../../api/types';

/** Who acts on a step, in the words of a union office (the API sends the role code). */
const ROLE_WORDS: Record<Role, { vi: string; en: string }> = {
  officer: { vi: 'Cán bộ Ban Tổ chức', en: 'Organisation Department officer' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  clerk: { vi: 'Văn thư', en: 'Records clerk' },
  ubkt: { vi: 'Ủy ban Kiểm tra', en: 'Inspection Committee' },
  'cdcs-chair': { vi: 'Chủ tịch công đoàn cơ sở', en: 'Grassroots union chair' },
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
};

export const roleWords = (role: Role, language: string): string => {
  const words = ROLE_WORDS[role] as { vi: string; en: string } | undefined;
  if (!words) return role;
  return language === 'en' ? words.en : words.vi;
};

/** A step's legal period: "5 ngày làm việc", "30 ngày" (calendar days are plain days in Vietnamese texts). */
export function periodWords({ amount, unit }: ProcedureStep['deadline'], language: string): string {
  if (language === 'en') {
    const noun = unit === 'working_days' ? 'working day' : 'day';
    return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
  }
  return unit === 'working_days' ? `${amount} ngày làm việc` : `${amount} ngày`;
}
