import type { Dayjs } from 'dayjs';
import type { CreateCaseBody } from './founding-request';
import { isoDay } from './form-bits';
import { compact, optional, trimmed } from './intake-rules';

export interface CommitteeMemberValues {
  fullName?: string;
  position?: string;
}

/** The công nhận BCH form's values, shaped like the `POST /api/cases` body so the server's field paths name its inputs. */
export interface CommitteeValues {
  title?: string;
  data?: {
    cdcsId?: string;
    memberCount?: number | null;
    congressDate?: Dayjs | null;
    firstMeetingDate?: Dayjs | null;
    term?: string;
    decidedSize?: number | null;
    members?: CommitteeMemberValues[];
  };
}

export const membersOf = (list: CommitteeMemberValues[] | undefined) => (list ?? []).map((p) => ({ fullName: trimmed(p.fullName), position: p.position ?? '' }));

/** The request body; `orgUnitId` is the union that decides: the CĐCS's direct upper union. */
export function committeeRequest(values: CommitteeValues, upperOf: (cdcsId: string | undefined) => string | undefined): CreateCaseBody {
  const data = values.data ?? {};
  return {
    procedureCode: 'cong-nhan-bch',
    orgUnitId: upperOf(data.cdcsId) ?? '',
    title: trimmed(values.title),
    data: compact({
      cdcsId: data.cdcsId,
      memberCount: data.memberCount ?? undefined,
      congressDate: isoDay(data.congressDate),
      firstMeetingDate: isoDay(data.firstMeetingDate),
      term: optional(data.term),
      decidedSize: data.decidedSize ?? undefined,
      members: membersOf(data.members),
    }),
  };
}

/** The title proposed while the chair has not written their own. */
export function proposedCommitteeTitle(unitName: string | undefined, term: string | undefined): string {
  if (!unitName) return '';
  return `Công nhận Ban Chấp hành ${unitName}${trimmed(term) ? ` nhiệm kỳ ${trimmed(term)}` : ''}`;
}

/** How many sit on each body: the chair, vice-chairs and BTV members sit on the BTV where one is elected. */
export function bodySizes(members: CommitteeMemberValues[] | undefined): { BCH: number; BTV: number; UBKT: number } {
  const list = (members ?? []).filter((p) => p.position);
  const hasBtv = list.some((p) => p.position === 'uy-vien-btv');
  const sizes = { BCH: 0, BTV: 0, UBKT: 0 };
  for (const p of list) {
    if (['chu-tich', 'pho-chu-tich', 'uy-vien-btv'].includes(p.position ?? '')) {
      sizes.BCH++;
      if (hasBtv) sizes.BTV++;
    } else if (p.position === 'uy-vien-bch') sizes.BCH++;
    else sizes.UBKT++;
  }
  return sizes;
}
