import { ISSUABLE_TYPES, vietnameseDate } from '@congdoan/domain';
import type { DocumentLink, RegisterRow } from '@congdoan/persistence';
import { documentIdentifiesDenouncer } from '../complaints/identity-shield.service';

/** One line of the register (sổ đăng ký văn bản đi, NĐ 30/2020 Art. 16 and Phụ lục IV) as the API gives it. */
export interface RegisterEntry {
  id: string;
  /** số, ký hiệu: `05/KH-CĐVC` */
  number: string;
  /** the number alone, in its series */
  sequence: number;
  typeCode: string;
  /** tên loại: Kế hoạch, Quyết định… */
  typeName: string;
  /** the secret series (sổ văn bản mật), numbered apart */
  secret: boolean;
  kind: string;
  issuedOn: string;
  /** trích yếu; null when the reader may not see the case */
  summary: string | null;
  signer: string;
  signerTitle: string | null;
  /** nơi nhận; null when withheld (the case is not the reader's to see, or it would name a denouncer) */
  recipients: string[] | null;
  caseId: string | null;
  caseCode: string | null;
  /** the reader may not see the document's case: only the number, date, type and signer are shown */
  restricted: boolean;
  replaces: DocumentLink | null;
  replacedBy: DocumentLink | null;
  corrects: DocumentLink | null;
  correctedBy: DocumentLink[];
}

/** Type codes that are not drafted documents (ISSUABLE_TYPES) but are numbered by the procedures. */
const OTHER_TYPES: Record<string, string> = { KL: 'Kết luận' };

export const typeName = (code: string): string => (ISSUABLE_TYPES as Record<string, string>)[code] ?? OTHER_TYPES[code] ?? code;

/** A line of the printed 'Nơi nhận' block as a recipient: no dash, no closing ';' or '.'; the file copy line is not one. */
function recipientsOfPaper(lines: unknown): string[] {
  if (!Array.isArray(lines)) return [];
  return lines
    .filter((line): line is string => typeof line === 'string')
    .map((line) => line.replace(/^\s*[-–]\s*/, '').replace(/[;.,]\s*$/, '').trim())
    .filter((line) => line !== '' && !/^lưu\b/iu.test(line));
}

export function registerEntry(row: RegisterRow): RegisterEntry {
  let recipients: string[] | null = null;
  if (row.visible && !documentIdentifiesDenouncer(row.kind)) {
    recipients = row.procedureCode === 'ban-hanh-van-ban' ? (Array.isArray(row.recipients) ? row.recipients.map(String) : []) : recipientsOfPaper(row.recipients);
  }
  return {
    id: row.id,
    number: row.numberText,
    sequence: row.number,
    typeCode: row.typeCode,
    typeName: typeName(row.typeCode),
    secret: row.secret,
    kind: row.kind,
    issuedOn: row.issuedOn,
    summary: row.visible ? row.summary : null,
    signer: row.signer,
    signerTitle: row.signerTitle,
    recipients,
    caseId: row.visible ? row.caseId : null,
    caseCode: row.visible ? row.caseCode : null,
    restricted: !row.visible,
    replaces: row.replaces,
    replacedBy: row.replacedBy,
    corrects: row.corrects,
    correctedBy: row.correctedBy,
  };
}

const cite = (link: DocumentLink) => `${link.number} ngày ${vietnameseDate(link.issuedOn, true)}`;

/** Ghi chú: the register's remarks column, in words (a replacement, a correction, the secret series, a withheld line). */
export function remarks(entry: RegisterEntry): string {
  return [
    entry.secret ? 'Văn bản mật (sổ riêng)' : '',
    entry.replaces ? `Thay thế văn bản số ${cite(entry.replaces)}` : '',
    entry.replacedBy ? `Đã được thay thế bằng văn bản số ${cite(entry.replacedBy)}` : '',
    entry.corrects ? `Đính chính văn bản số ${cite(entry.corrects)}` : '',
    ...entry.correctedBy.map((c) => `Được đính chính bằng công văn số ${cite(c)}`),
    entry.restricted ? 'Trích yếu, nơi nhận không hiển thị (hồ sơ hạn chế)' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export const REGISTER_HEADER = [
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại văn bản',
  'Trích yếu nội dung',
  'Người ký',
  'Nơi nhận văn bản',
  'Mã hồ sơ',
  'Ghi chú',
];

/** A line of the CSV and Excel files, in REGISTER_HEADER's order: dates as the register writes them (dd/mm/yyyy). */
export function registerCells(entry: RegisterEntry): string[] {
  return [
    entry.number,
    vietnameseDate(entry.issuedOn, true),
    entry.typeName,
    entry.summary ?? '',
    entry.signerTitle ? `${entry.signer} (${entry.signerTitle})` : entry.signer,
    (entry.recipients ?? []).join('; '),
    entry.caseCode ?? '',
    remarks(entry),
  ];
}
