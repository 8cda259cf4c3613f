import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { viDate, vietnamToday } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';

/** The API's limits for a complaint's and a denunciation's fields (apps/api/src/cases/field-rules.ts, complaints/*.data.ts). */
export const MAX_TEXT = 500;
export const MAX_LONG_TEXT = 10_000;
export const MAX_PHONE = 30;
export const MAX_EMAIL = 200;
export const MAX_DECISION_NUMBER = 50;
export const MAX_OBSTACLE_DAYS = 3650;
export const MAX_PLACES = 100;
const MIN_YEAR = 1900;

// The server's wording for each rule, with the field named in words instead of its path.
const M = {
  vi: {
    required: (what: string) => `${what} là bắt buộc`,
    blank: (what: string) => `${what} không được để trống`,
    tooLong: (what: string, max: number) => `${what} chỉ được tối đa ${max} ký tự`,
    integer: (what: string) => `${what} phải là số nguyên`,
    range: (what: string, min: number, max: number) => `${what} phải từ ${min} đến ${max}`,
    future: (what: string, today: string) => `${what} không được là ngày trong tương lai (hôm nay là ${today})`,
    afterReceipt: 'Ngày biết quyết định không được sau ngày nhận đơn',
    tooOld: (what: string) => `${what} phải từ năm ${MIN_YEAR} trở đi`,
    receivedAt: 'Ngày nhận đơn',
    orgUnitId: 'Đơn vị tiếp nhận',
    emailWhat: 'Thư điện tử',
  },
  en: {
    required: (what: string) => `${what} is required`,
    blank: (what: string) => `${what} should not be empty`,
    tooLong: (what: string, max: number) => `${what} must be at most ${max} characters`,
    integer: (what: string) => `${what} must be an integer`,
    range: (what: string, min: number, max: number) => `${what} must be between ${min} and ${max}`,
    future: (what: string, today: string) => `${what} must not be in the future (today is ${today})`,
    afterReceipt: 'The day the complainant learned of the decision must not be after the letter arrived',
    tooOld: (what: string) => `${what} must be in ${MIN_YEAR} or later`,
    receivedAt: 'The date received',
    orgUnitId: 'The receiving unit',
    emailWhat: 'The email address',
  },
};

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** The checks of the complaint and denunciation forms, mirroring what `POST /api/cases` checks, in the server's words. */
export function useIntakeRules() {
  const m = useMessages(M);

  // `required` only marks the input (asterisk, aria-required); the validator alone decides, with the server's words.
  const text = (what: string, max = MAX_TEXT): FormRule[] => [
    {
      required: true,
      validator: async (_rule, value: unknown) => {
        if (blank(value)) throw new Error(m.required(what));
        if (typeof value === 'string' && value.trim() === '') throw new Error(m.blank(what));
        if (typeof value === 'string' && value.length > max) throw new Error(m.tooLong(what, max));
      },
    },
  ];
  const optionalText = (what: string, max = MAX_TEXT): FormRule[] => [
    {
      validator: async (_rule, value: unknown) => {
        if (typeof value === 'string' && value.length > max) throw new Error(m.tooLong(what, max));
      },
    },
  ];
  const optionalInt = (what: string, min: number, max: number): FormRule[] => [
    {
      validator: async (_rule, value: number | null | undefined) => {
        if (value === undefined || value === null) return;
        if (!Number.isInteger(value)) throw new Error(m.integer(what));
        if (value < min || value > max) throw new Error(m.range(what, min, max));
      },
    },
  ];
  /** A whole number between min and max that must be given. */
  const requiredInt = (what: string, min: number, max: number): FormRule[] => [
    {
      required: true,
      validator: async (_rule, value: number | null | undefined) => {
        if (value === undefined || value === null) throw new Error(m.required(what));
        if (!Number.isInteger(value)) throw new Error(m.integer(what));
        if (value < min || value > max) throw new Error(m.range(what, min, max));
      },
    },
  ];
  /** A date that is not after today (the API counts from it; a future one is a typing slip). */
  const pastDate = (what: string, required: boolean): FormRule[] => [
    {
      required,
      validator: async (_rule, value: Dayjs | null | undefined) => {
        if (!value) {
          if (required) throw new Error(m.required(what));
          return;
        }
        const today = vietnamToday();
        if (value.format('YYYY-MM-DD') > today) throw new Error(m.future(what, viDate(today)));
        if (value.year() < MIN_YEAR) throw new Error(m.tooOld(what));
      },
    },
  ];

  return {
    text,
    optionalText,
    optionalInt,
    requiredInt,
    pastDate,
    orgUnitId: [{ required: true, message: m.required(m.orgUnitId) }] satisfies FormRule[],
    receivedAt: pastDate(m.receivedAt, true),
    email: optionalText(m.emailWhat, MAX_EMAIL),
    /** the day the complainant learned of the decision: not after the letter arrived (the API's notAfterReceipt) */
    learnedOn: (receivedAt: () => Dayjs | null | undefined, what: string): FormRule[] => [
      ...pastDate(what, false),
      {
        validator: async (_rule, value: Dayjs | null | undefined) => {
          const received = receivedAt();
          if (value && received && value.format('YYYY-MM-DD') > received.format('YYYY-MM-DD')) throw new Error(m.afterReceipt);
        },
      },
    ],
  };
}

export const trimmed = (value: string | undefined | null): string => (value ?? '').trim();

/** An optional text: trimmed, or left out of the request when empty (the API refuses a blank optional field). */
export const optional = (value: string | undefined | null): string | undefined => (trimmed(value) ? trimmed(value) : undefined);

/** Drops the undefined entries of an object, so the request carries only what was given. */
export function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}
