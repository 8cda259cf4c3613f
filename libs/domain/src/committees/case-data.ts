/** The bodies a union level elects (domain §3): its executive committee, standing committee, inspection committee. */
export const COMMITTEE_BODIES = ['BCH', 'BTV', 'UBKT'] as const;
export type CommitteeBody = (typeof COMMITTEE_BODIES)[number];

export const COMMITTEE_BODY_LABELS: Record<CommitteeBody, string> = {
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  UBKT: 'Ủy ban Kiểm tra',
};

/**
 * The positions the BCH elects (domain §3). The chair, vice-chairs and the UBKT chair may sign and stamp from the
 * announcement of the result, before the QĐ công nhận (the interim rule).
 */
export const COMMITTEE_POSITIONS = ['chu-tich', 'pho-chu-tich', 'uy-vien-btv', 'uy-vien-bch', 'chu-nhiem-ubkt', 'pho-chu-nhiem-ubkt', 'uy-vien-ubkt'] as const;
export type CommitteePosition = (typeof COMMITTEE_POSITIONS)[number];

export const COMMITTEE_POSITION_LABELS: Record<CommitteePosition, string> = {
  'chu-tich': 'Chủ tịch',
  'pho-chu-tich': 'Phó Chủ tịch',
  'uy-vien-btv': 'Ủy viên Ban Thường vụ',
  'uy-vien-bch': 'Ủy viên Ban Chấp hành',
  'chu-nhiem-ubkt': 'Chủ nhiệm Ủy ban Kiểm tra',
  'pho-chu-nhiem-ubkt': 'Phó Chủ nhiệm Ủy ban Kiểm tra',
  'uy-vien-ubkt': 'Ủy viên Ủy ban Kiểm tra',
};

/** Positions that act before the decision (HD 38 Mục 10.4: may sign and stamp once the result is announced). */
export const INTERIM_POSITIONS: readonly CommitteePosition[] = ['chu-tich', 'pho-chu-tich', 'chu-nhiem-ubkt'];

/** Which bodies a position sits on: a chair of the BCH also sits on the BTV (where there is one). */
export function bodiesOf(position: CommitteePosition, hasBtv: boolean): CommitteeBody[] {
  if (position === 'chu-tich' || position === 'pho-chu-tich' || position === 'uy-vien-btv') return hasBtv ? ['BCH', 'BTV'] : ['BCH'];
  if (position === 'uy-vien-bch') return ['BCH'];
  return ['UBKT'];
}

export interface CommitteeMember {
  fullName: string;
  position: CommitteePosition;
  /** the user account, when the person has one: the elected chair then holds the CĐCS chair's role */
  userId?: string;
}

/**
 * Công nhận BCH, BTV, chủ tịch, PCT, UBKT after a congress (domain §3), as the lower union submits it. The API fills
 * `memberCount` bands and checks the size caps at intake.
 */
export interface CommitteeRecognitionData {
  /** the lower union whose committee it is (api.md: `cdcsId`) */
  cdcsId: string;
  /** the union's members at the congress: the membership band of the size cap */
  memberCount: number;
  congressDate: string;
  firstMeetingDate: string;
  /** e.g. '2025–2030' */
  term?: string;
  /** the BCH size the congress decided (số lượng ủy viên BCH): members may be fewer, never more */
  decidedSize?: number;
  /** an increase above the cap by the upper union's consent (≤ +10%): the consent's reference */
  increaseConsentRef?: string;
  /** every elected person with their position; UBKT members are listed with their UBKT position */
  members: CommitteeMember[];
  /** the first BCH meeting's election (optional): quorum and each position's vote */
  election?: import('../meetings/meeting').MeetingRecord;
}

/** Bổ sung ủy viên BCH/BTV/UBKT during a term (domain §3). */
export interface CommitteeAdditionData {
  cdcsId: string;
  body: CommitteeBody;
  /** the day the BCH elected them (or the upper union appointed them) */
  electedOn: string;
  origin: 'elected' | 'appointed';
  members: CommitteeMember[];
  /** the congress-decided number for this body (the cap's basis); default: the recognised committee's size */
  decidedSize?: number;
  /** beyond 2/3 (CĐCS) or 1/2 (higher levels): the upper union's consent is sought by the case */
  seekConsent?: boolean;
  reason?: string;
  election?: import('../meetings/meeting').MeetingRecord;
}
