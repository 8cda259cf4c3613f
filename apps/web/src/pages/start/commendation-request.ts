import type { Dayjs } from 'dayjs';
import type { CreateCaseBody } from './founding-request';
import { isoDay } from './form-bits';
import { compact, optional, trimmed } from './intake-rules';

export interface NomineeValues {
  /** the form's choice only: a person (`fullName`) or a collective (`unitName`) */
  kind?: 'person' | 'collective';
  name?: string;
  position?: string;
}

/** The khen-thưởng form's values, shaped like the `POST /api/cases` body. */
export interface CommendationValues {
  orgUnitId?: string;
  title?: string;
  receivedAt?: Dayjs | null;
  data?: {
    awardType?: string;
    proposingUnit?: string;
    period?: string;
    exceptional?: boolean;
    achievements?: string;
    nominees?: NomineeValues[];
  };
}

/** A nominee as the API takes it: a person's `fullName` (and position) or a collective's `unitName`. */
export const nomineeOf = (n: NomineeValues) =>
  n.kind === 'collective' ? { unitName: trimmed(n.name) } : compact({ fullName: trimmed(n.name), position: optional(n.position) });

export function commendationRequest(values: CommendationValues): CreateCaseBody {
  const data = values.data ?? {};
  return {
    procedureCode: 'khen-thuong',
    orgUnitId: values.orgUnitId ?? '',
    title: trimmed(values.title),
    ...(values.receivedAt ? { receivedAt: isoDay(values.receivedAt) } : {}),
    data: compact({
      nominees: (data.nominees ?? []).map(nomineeOf),
      awardType: data.awardType,
      achievements: trimmed(data.achievements),
      proposingUnit: optional(data.proposingUnit),
      period: optional(data.period),
      exceptional: data.exceptional ? true : undefined,
    }),
  };
}

/** "Đề nghị Giấy khen năm 2026 – CĐCS Trường THPT Lê Lợi", while the officer has not written their own. */
export function proposedCommendationTitle(award: string | undefined, period: string | undefined, proposingUnit: string | undefined): string {
  if (!award) return '';
  const when = /^\d{4}$/.test(trimmed(period)) ? ` năm ${trimmed(period)}` : trimmed(period) ? ` ${trimmed(period)}` : '';
  const who = trimmed(proposingUnit) ? ` – ${trimmed(proposingUnit)}` : '';
  return `Đề nghị ${award}${when}${who}`;
}
