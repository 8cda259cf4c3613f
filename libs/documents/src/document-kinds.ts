import type { DocumentKind, DocumentTypeCode } from './document-facts';
import { TEMPLATES } from './templates';

export interface DocumentKindInfo {
  /**
   * the type code in the number (NĐ 30 Phụ lục III); 'theo-loai' when it is the document's own type (van-ban: the
   * workflow numbers it in the series of `IssuanceData.documentType`, 'KH', 'TB'…)
   */
  typeCode: DocumentTypeCode | 'theo-loai';
  /** the kind's Vietnamese name */
  name: string;
  /**
   * true exactly for the notices addressed to the denouncer (tb-thu-ly-to-cao, tb-khong-thu-ly-to-cao,
   * tb-chuyen-don-to-cao, tb-ket-qua-giai-quyet-to-cao): the only documents that name them (Luật Tố cáo Art. 8(3)), so
   * the API opens them to those who may see the denouncer's identity only.
   */
  identifiesDenouncer: boolean;
}

/** Per kind: its type code, its Vietnamese name and whether it names the denouncer. */
export const DOCUMENT_KINDS = Object.fromEntries(
  Object.entries(TEMPLATES).map(([kind, { typeCode, name, identifiesDenouncer }]) => [kind, { typeCode, name, identifiesDenouncer }]),
) as Record<DocumentKind, DocumentKindInfo>;

/** The media types of the two renderings, e.g. for a download's Content-Type. */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
