import type { Role } from '../../api/types';

/** The roles as people name them (libs/domain roles.ts), in both languages. */
export const ROLE_NAMES: { vi: Record<Role, string>; en: Record<Role, string> } = {
  vi: {
    admin: 'Quản trị hệ thống',
    leader: 'Lãnh đạo (Chủ tịch, Phó Chủ tịch)',
    officer: 'Cán bộ chuyên môn',
    ubkt: 'Ủy viên Ủy ban Kiểm tra',
    clerk: 'Văn thư',
    'cdcs-chair': 'Chủ tịch công đoàn cơ sở',
  },
  en: {
    admin: 'System administrator',
    leader: 'Leader (chair, vice-chair)',
    officer: 'Officer',
    ubkt: 'Inspection committee member',
    clerk: 'Clerk (văn thư)',
    'cdcs-chair': 'Grassroots union chair',
  },
};

export const ROLES = Object.keys(ROLE_NAMES.vi) as Role[];
