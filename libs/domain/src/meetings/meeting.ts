/**
 * A collective decision (domain §1): a union body decides by meeting and vote, so the case records the meeting —
 * how many members the body has, how many were present, each question's result and the signed minutes — not one
 * user's click. Ballots are secret (QĐ 5130 Art. 3): only counts are recorded, never who voted how.
 */
export const COLLECTIVE_BODIES = ['BCH', 'BTV', 'UBKT', 'HD-TDKT', 'HOI-NGHI'] as const;
export type CollectiveBody = (typeof COLLECTIVE_BODIES)[number];

export const COLLECTIVE_BODY_LABELS: Record<CollectiveBody, string> = {
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  UBKT: 'Ủy ban Kiểm tra',
  'HD-TDKT': 'Hội đồng Thi đua - Khen thưởng',
  'HOI-NGHI': 'Hội nghị kiểm điểm',
};

/** One question put to the vote: a nominee, an elected position, a discipline form (`option` is its code or name). */
export interface VoteCount {
  option: string;
  for: number;
  against?: number;
  abstain?: number;
}

export interface MeetingRecord {
  body: CollectiveBody;
  /** the day the meeting was held, YYYY-MM-DD */
  heldOn: string;
  /** the body's members (tổng số thành viên), the basis of the quorum and of a majority */
  members: number;
  /** members present */
  present: number;
  /** secret ballot (bỏ phiếu kín) or show of hands (biểu quyết giơ tay) */
  ballot: 'secret' | 'show-of-hands';
  votes: VoteCount[];
  /** the attachment id of the signed minutes (biên bản) on the case */
  minutesAttachmentId?: string;
}
