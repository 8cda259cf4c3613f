import type { Dayjs } from 'dayjs';
import { ApiError } from '../../api/client';
import type { CreateCaseBody } from './founding-request';
import { type CommitteeMemberValues, membersOf } from './committee-request';
import { isoDay } from './form-bits';
import { compact, optional, trimmed } from './intake-rules';

/** The bổ sung ủy viên form's values, shaped like the `POST /api/cases` body. */
export interface AdditionValues {
  title?: string;
  data?: {
    cdcsId?: string;
    body?: 'BCH' | 'BTV' | 'UBKT';
    electedOn?: Dayjs | null;
    origin?: 'elected' | 'appointed';
    decidedSize?: number | null;
    reason?: string;
    seekConsent?: boolean;
    members?: CommitteeMemberValues[];
  };
}

export function additionRequest(values: AdditionValues, upperOf: (cdcsId: string | undefined) => string | undefined): CreateCaseBody {
  const data = values.data ?? {};
  return {
    procedureCode: 'bo-sung-uy-vien',
    orgUnitId: upperOf(data.cdcsId) ?? '',
    title: trimmed(values.title),
    data: compact({
      cdcsId: data.cdcsId,
      body: data.body,
      electedOn: isoDay(data.electedOn),
      origin: data.origin,
      decidedSize: data.decidedSize ?? undefined,
      reason: optional(data.reason),
      seekConsent: data.seekConsent ? true : undefined,
      members: membersOf(data.members),
    }),
  };
}

/** The API's answer that the additions go beyond 2/3 (CĐCS) or 1/2 of the congress-decided number without consent. */
export const ABOVE_CAP = 'ADDITIONS_ABOVE_CAP';
export const isAboveCap = (error: unknown): boolean =>
  error instanceof ApiError && (error.body?.error === ABOVE_CAP || !!error.body?.details?.some((d) => d.rule === ABOVE_CAP));

/** The positions one may be added to on a body (a chair sits on the BCH and the BTV; the UBKT has its own). */
export const POSITIONS_ON: Record<string, readonly string[]> = {
  BCH: ['chu-tich', 'pho-chu-tich', 'uy-vien-btv', 'uy-vien-bch'],
  BTV: ['chu-tich', 'pho-chu-tich', 'uy-vien-btv'],
  UBKT: ['chu-nhiem-ubkt', 'pho-chu-nhiem-ubkt', 'uy-vien-ubkt'],
};

export function proposedAdditionTitle(unitName: string | undefined, body: string | undefined, bodyWords: string): string {
  if (!unitName || !body) return '';
  return `Bổ sung ủy viên ${bodyWords} ${unitName}`;
}
