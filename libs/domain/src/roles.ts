/** Roles a user holds in an org unit (phân quyền theo đơn vị). The same person may hold several, in several units. */
export const ROLES = ['admin', 'leader', 'officer', 'ubkt', 'clerk', 'cdcs-chair'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  leader: 'Lãnh đạo (Chủ tịch, Phó Chủ tịch)',
  officer: 'Cán bộ chuyên môn',
  ubkt: 'Ủy viên Ủy ban Kiểm tra',
  clerk: 'Văn thư',
  'cdcs-chair': 'Chủ tịch công đoàn cơ sở',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
