import type { CatalogProcedure, Me } from '../../api/types';

// The new procedures as GET /api/procedures lists them (their first steps, checklists and `choices`), and the
// people who open them, for the intake forms' tests.

const step = (key: string, name: string, role: CatalogProcedure['steps'][number]['role']) => ({ key, name, role, deadline: { amount: 5, unit: 'working_days' as const } });

export const CDVC_ID = '0b8f5c1e-6a51-4d1e-9a53-8f0c2a7d4e11';
export const CDCS_ID = '3c9d7e2f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

export const COMMITTEE: CatalogProcedure = {
  code: 'cong-nhan-bch',
  name: 'Công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra',
  version: 1,
  submittedBy: 'cdcs-chair',
  steps: [step('kiem-tra-ho-so', 'Tiếp nhận, kiểm tra hồ sơ', 'officer'), step('xet-duyet', 'Xét duyệt, ký quyết định công nhận', 'leader')],
  dossier: [{ key: 'to-trinh', name: 'Tờ trình đề nghị công nhận', required: true }],
};

export const ADDITION: CatalogProcedure = {
  code: 'bo-sung-uy-vien',
  name: 'Công nhận bổ sung ủy viên Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra',
  version: 1,
  submittedBy: 'cdcs-chair',
  steps: [step('chap-thuan-vuot-ty-le', 'Công đoàn cấp trên cho ý kiến', 'leader'), step('kiem-tra-ho-so', 'Tiếp nhận, kiểm tra hồ sơ', 'officer')],
  dossier: [],
};

export const COMMENDATION: CatalogProcedure = {
  code: 'khen-thuong',
  name: 'Tiếp nhận, xét hồ sơ thi đua, khen thưởng',
  version: 1,
  steps: [step('kiem-tra-ho-so', 'Tiếp nhận, kiểm tra hồ sơ đề nghị khen thưởng', 'officer')],
  dossier: [],
};

export const DISCIPLINE: CatalogProcedure = {
  code: 'ky-luat',
  name: 'Xem xét, thi hành kỷ luật',
  version: 1,
  steps: [step('tham-muu-ubkt', 'Ủy ban Kiểm tra thẩm tra hồ sơ kiểm điểm, tham mưu', 'ubkt')],
  dossier: [],
};

export const ISSUANCE: CatalogProcedure = {
  code: 'ban-hanh-van-ban',
  name: 'Ban hành văn bản',
  version: 1,
  steps: [step('soan-thao', 'Soạn thảo văn bản', 'officer')],
  dossier: [],
};

export const NEW_PROCEDURES = [COMMITTEE, ADDITION, COMMENDATION, DISCIPLINE, ISSUANCE];

/** The chair of the CĐCS (who files its committee dossiers). */
export const CHAIR_ME: Me = {
  id: 'u-cdcs',
  username: 'cdcs',
  fullName: 'Đặng Quốc Bảo',
  email: null,
  emailNotifications: true,
  units: [{ id: CDCS_ID, name: 'Công đoàn cơ sở Trường THPT Hùng Vương', code: 'CĐCS', level: 'grassroots', roles: [{ role: 'cdcs-chair', title: 'Chủ tịch CĐCS' }] }],
};

/** The union hierarchy: the CĐVC and its CĐCS. */
export const ORG_UNITS = {
  items: [
    { id: CDVC_ID, name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'upper-grassroots', parentId: null },
    { id: CDCS_ID, name: 'Công đoàn cơ sở Trường THPT Hùng Vương', code: 'CĐCS', level: 'grassroots', parentId: CDVC_ID },
  ],
};
