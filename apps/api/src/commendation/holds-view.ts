import type { CaseHoldRow } from '@congdoan/persistence';

/** Why a commendation waits (NĐ 152/2025 Art. 4), by the kind of case that holds it: never that case's code. */
const REASONS: Record<string, { vi: string; en: string }> = {
  'ky-luat': { vi: 'đang trong thời gian xem xét kỷ luật', en: 'is under discipline review' },
  'khieu-nai': { vi: 'đang có đơn khiếu nại liên quan chưa giải quyết xong', en: 'is party to a complaint not yet resolved' },
  'to-cao': { vi: 'đang bị tố cáo, vụ việc chưa giải quyết xong', en: 'is the subject of a denunciation not yet resolved' },
};
const OTHER = { vi: 'đang có vụ việc chưa kết thúc', en: 'has a pending case' };

/** A hold on a commendation as its page shows it: the nominee, the reason in words, since when. */
export interface HoldView {
  nominee: string;
  reason: string;
  reasonEn: string;
  since: string;
}

export function toHoldViews(rows: readonly CaseHoldRow[]): HoldView[] {
  return rows.map((h) => {
    const reason = REASONS[h.procedureCode] ?? OTHER;
    return {
      nominee: h.nominee,
      reason: `${h.nominee} ${reason.vi}: chưa xét khen thưởng cho đến khi vụ việc kết thúc (Nghị định 152/2025/NĐ-CP Điều 4)`,
      reasonEn: `${h.nominee} ${reason.en}: no commendation until it ends (Decree 152/2025 Art. 4)`,
      since: h.placedAt,
    };
  });
}
