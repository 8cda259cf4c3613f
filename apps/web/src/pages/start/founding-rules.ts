import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { vietnamToday } from '../../components/dates';

/** The API's own limits (apps/api/src/cases/case-data.validators.ts, case-intake.service.ts). */
export const MIN_CDCS_MEMBERS = 5;
const MAX_TEXT = 500;
const MIN_YEAR = 1900;

// The server's wording for each rule, with the field named in words instead of its path.
const M = {
  vi: {
    required: (what: string) => `${what} là bắt buộc`,
    blank: (what: string) => `${what} không được để trống`,
    tooLong: (what: string) => `${what} chỉ được tối đa ${MAX_TEXT} ký tự`,
    integer: 'Số đoàn viên phải là số nguyên',
    fewMembers: `Số đoàn viên phải lớn hơn hoặc bằng ${MIN_CDCS_MEMBERS}: công đoàn cơ sở cần ít nhất ${MIN_CDCS_MEMBERS} đoàn viên (HD 03/2020/HD-TLĐ Mục 12.1)`,
    noApplicant: 'Danh sách người xin gia nhập phải có ít nhất 1 người',
    future: (today: string) => `Ngày nhận hồ sơ không được là ngày trong tương lai (hôm nay là ${today})`,
    tooOld: `Ngày nhận hồ sơ phải từ năm ${MIN_YEAR} trở đi`,
    what: {
      orgUnitId: 'Đơn vị tiếp nhận',
      title: 'Tiêu đề hồ sơ',
      receivedAt: 'Ngày nhận hồ sơ',
      unitName: 'Tên đơn vị, doanh nghiệp',
      memberCount: 'Số đoàn viên',
      fullName: 'Họ và tên',
    },
  },
  en: {
    required: (what: string) => `${what} is required`,
    blank: (what: string) => `${what} should not be empty`,
    tooLong: (what: string) => `${what} must be at most ${MAX_TEXT} characters`,
    integer: 'The member count must be an integer',
    fewMembers: `The member count must be at least ${MIN_CDCS_MEMBERS}: a grassroots union needs at least ${MIN_CDCS_MEMBERS} members (HD 03/2020/HD-TLĐ §12.1)`,
    noApplicant: 'List at least 1 applicant',
    future: (today: string) => `The date received must not be in the future (today is ${today})`,
    tooOld: `The date received must be in ${MIN_YEAR} or later`,
    what: {
      orgUnitId: 'The receiving unit',
      title: 'The case title',
      receivedAt: 'The date received',
      unitName: 'The unit or enterprise name',
      memberCount: 'The member count',
      fullName: 'The full name',
    },
  },
};

/** The founding form's rules, mirroring what `POST /api/cases` checks so most refusals never leave the browser. */
export function useFoundingRules() {
  const m = useMessages(M);

  // `required` only marks the input (asterisk, aria-required); the validator alone decides, with the server's words.
  const text = (what: string): FormRule[] => [
    {
      required: true,
      validator: async (_rule, value: unknown) => {
        if (value === undefined || value === null || value === '') throw new Error(m.required(what));
        if (typeof value === 'string' && value.trim() === '') throw new Error(m.blank(what));
        if (typeof value === 'string' && value.length > MAX_TEXT) throw new Error(m.tooLong(what));
      },
    },
  ];

  return {
    orgUnitId: [{ required: true, message: m.required(m.what.orgUnitId) }] satisfies FormRule[],
    title: text(m.what.title),
    unitName: text(m.what.unitName),
    fullName: text(m.what.fullName),
    receivedAt: [
      {
        required: true,
        validator: async (_rule, value: Dayjs | null | undefined) => {
          if (!value) throw new Error(m.required(m.what.receivedAt));
          const today = vietnamToday();
          if (value.format('YYYY-MM-DD') > today) throw new Error(m.future(viDate(today)));
          if (value.year() < MIN_YEAR) throw new Error(m.tooOld);
        },
      },
    ] satisfies FormRule[],
    memberCount: [
      {
        required: true,
        validator: async (_rule, value: number | null | undefined) => {
          if (value === undefined || value === null) throw new Error(m.required(m.what.memberCount));
          if (!Number.isInteger(value)) throw new Error(m.integer);
          if (value < MIN_CDCS_MEMBERS) throw new Error(m.fewMembers);
        },
      },
    ] satisfies FormRule[],
    applicants: [
      {
        validator: async (_rule: unknown, value: unknown[] | undefined) => {
          if (!value || value.length === 0) throw new Error(m.noApplicant);
        },
      },
    ],
  };
}
