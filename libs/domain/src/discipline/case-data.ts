/** Forms of discipline (QĐ 5130/QĐ-TLĐ Art. 4, domain §5), lightest first: the order of the cumulative ballot rule. */
export const DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  'khien-trach': 'Khiển trách',
  'canh-cao': 'Cảnh cáo',
  'cach-chuc': 'Cách chức',
  'giai-tan': 'Giải tán',
  'khai-tru': 'Khai trừ',
};

/** Who is disciplined: a member, a union officer, or a collective body (BCH, BTV, UBKT). */
export const DISCIPLINE_SUBJECT_KINDS = ['doan-vien', 'can-bo', 'tap-the'] as const;
export type DisciplineSubjectKind = (typeof DISCIPLINE_SUBJECT_KINDS)[number];

export const DISCIPLINE_SUBJECT_LABELS: Record<DisciplineSubjectKind, string> = {
  'doan-vien': 'Đoàn viên công đoàn',
  'can-bo': 'Cán bộ công đoàn',
  'tap-the': 'Tập thể (Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra)',
};

/** Kỷ luật (domain §5), as the UBKT records the proposal. */
export interface DisciplineData {
  subject: {
    fullName: string;
    kind: DisciplineSubjectKind;
    userId?: string;
    /** e.g. 'Chủ tịch Công đoàn cơ sở Trường THPT Lê Lợi' */
    position?: string;
    /** the union unit the person or body belongs to */
    unitId?: string;
    unitName?: string;
  };
  violation: string;
  proposedForm: DisciplineForm;
  /** the Party, government or professional body that manages the person: told in writing within 15 days (Art. 3(12)) */
  managingBody?: string;
  /** a Party or administrative discipline already imposed: the union decides within 30 working days, never heavier */
  priorDiscipline?: { by: 'dang' | 'chinh-quyen'; form: DisciplineForm; decidedOn: string; reference?: string };
}
