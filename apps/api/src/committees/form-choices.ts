import {
  ISSUABLE_TYPES,
  AWARD_TYPES,
  AWARD_TYPE_LABELS,
  COLLECTIVE_BODIES,
  COLLECTIVE_BODY_LABELS,
  COMMITTEE_BODIES,
  COMMITTEE_BODY_LABELS,
  COMMITTEE_POSITIONS,
  COMMITTEE_POSITION_LABELS,
  DISCIPLINE_FORMS,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_SUBJECT_KINDS,
  DISCIPLINE_SUBJECT_LABELS,
  INTERIM_POSITIONS,
  bodiesOf,
  formsFor,
} from '@congdoan/domain';
import { ADDITION_ORIGINS } from './committee.data';
import { BALLOT_KINDS } from './meeting-record';

/** A code a form field takes, with its label (and, for some, what it implies). */
export interface FormChoice {
  code: string;
  label: string;
  [more: string]: unknown;
}

const choices = <T extends string>(codes: readonly T[], labels: Record<T, string>): FormChoice[] => codes.map((code) => ({ code, label: labels[code] }));

const POSITIONS: FormChoice[] = COMMITTEE_POSITIONS.map((code) => ({
  code,
  label: COMMITTEE_POSITION_LABELS[code],
  /** the bodies the seat is on where a BTV is elected */
  bodies: bodiesOf(code, true),
  /** acts from the announced result, before the QĐ công nhận */
  interim: INTERIM_POSITIONS.includes(code),
}));
const BODIES = choices(COMMITTEE_BODIES, COMMITTEE_BODY_LABELS);
const FORMS = choices(DISCIPLINE_FORMS, DISCIPLINE_FORM_LABELS);
const MEETING = {
  collectiveBodies: choices(COLLECTIVE_BODIES, COLLECTIVE_BODY_LABELS),
  ballots: choices(BALLOT_KINDS, { secret: 'Bỏ phiếu kín', 'show-of-hands': 'Biểu quyết giơ tay' }),
};

/**
 * The codes the web form offers per procedure (GET /api/procedures → `choices`): committee positions and bodies,
 * award types, discipline forms per subject kind, the ways a meeting votes.
 */
export const FORM_CHOICES: Record<string, Record<string, FormChoice[]>> = {
  'cong-nhan-bch': { positions: POSITIONS },
  'bo-sung-uy-vien': {
    bodies: BODIES,
    positions: POSITIONS,
    origins: choices(ADDITION_ORIGINS, { elected: 'Bầu bổ sung', appointed: 'Công đoàn cấp trên chỉ định' }),
  },
  'khen-thuong': { awardTypes: choices(AWARD_TYPES, AWARD_TYPE_LABELS), ...MEETING },
  'ban-hanh-van-ban': { documentTypes: Object.entries(ISSUABLE_TYPES).map(([code, label]) => ({ code, label })) },
  'ky-luat': {
    subjectKinds: DISCIPLINE_SUBJECT_KINDS.map((code) => ({
      code,
      label: DISCIPLINE_SUBJECT_LABELS[code],
      forms: formsFor(code).map((form) => ({ code: form, label: DISCIPLINE_FORM_LABELS[form] })),
    })),
    forms: FORMS,
    collectives: BODIES,
    priorDisciplineBy: [
      { code: 'dang', label: 'Tổ chức Đảng' },
      { code: 'chinh-quyen', label: 'Chính quyền, cơ quan quản lý' },
    ],
    ...MEETING,
  },
};
