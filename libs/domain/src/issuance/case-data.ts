/**
 * The union's document types with their ký hiệu (QĐ 933/QĐ-TLĐ Ch. II; NĐ 30/2020 Phụ lục III, domain §8). A công
 * văn carries no type code in its number: `123/CĐVC` [U, a configuration choice].
 */
export const ISSUABLE_TYPES = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTr: 'Tờ trình',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GUQ: 'Giấy ủy quyền',
  CV: 'Công văn',
} as const;
export type IssuableType = keyof typeof ISSUABLE_TYPES;

/** Ban hành văn bản (domain §8): what the drafter and the signer work on. */
export interface IssuanceData {
  documentType: IssuableType;
  /** trích yếu */
  summary: string;
  /** the person who signs: approves the draft and signs the final text */
  signerId: string;
  /** the drafter (chuyên viên soạn thảo); default whoever opened the case */
  drafterId?: string;
  /** the draft's body, one paragraph per line (the file can also be attached) */
  content?: string;
  /** nơi nhận */
  recipients: string[];
  /** hỏa tốc / thượng khẩn: dispatched the day it is signed */
  urgent?: boolean;
  /** a secret document: its own number series (NĐ 30 Art. 15(1)) */
  secret?: boolean;
  /** a correction of an issued document: a replacement (content) or a công văn đính chính (format) */
  corrects?: { documentId: string; kind: 'content' | 'format' };
}
