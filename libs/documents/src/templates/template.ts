import type { DocumentFacts, DocumentTypeCode } from '../document-facts';
import type { Appendix, BodyParagraph } from '../document-model';

/** What a kind adds to the common frame (header, heading, signature) that composeDocument builds for every kind. */
export interface TemplateContent {
  /** the trích yếu, 'Về việc …' (a công văn: 'V/v …') */
  summary: string;
  /** the tên loại when the kind's type is the document's own (typeCode 'theo-loai'); null: a công văn, none */
  typeName?: string | null;
  /** 'HỎA TỐC' (NĐ 30 Phụ lục I, độ khẩn) */
  urgency?: string;
  body: BodyParagraph[];
  /** the lines under 'Nơi nhận:' */
  recipients: string[];
  appendix: Appendix | null;
}

export interface DocumentTemplate {
  /**
   * the type code in the number (NĐ 30 Phụ lục III); 'theo-loai' for a kind whose type is the document's own
   * (van-ban: `facts.issuance.documentType`, 'KH', 'TB'…)
   */
  typeCode: DocumentTypeCode | 'theo-loai';
  /** the kind's Vietnamese name */
  name: string;
  /** a decision of the Ban Thường vụ names it as the issuer in the header (QĐ 933 Mẫu 1.3); a notice names the union */
  issuedByStandingCommittee: boolean;
  /**
   * true only for the notices addressed to the denouncer, the only documents that may name them (Luật Tố cáo Art. 8(3),
   * 40(3)); for every other kind composeDocument removes `denunciation.denouncer` before the template runs
   */
  identifiesDenouncer: boolean;
  compose(facts: DocumentFacts): TemplateContent;
}
