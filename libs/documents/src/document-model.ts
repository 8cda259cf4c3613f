import type { DocumentKind } from './document-facts';

/**
 * The layout model of an issued document (NĐ 30/2020 Phụ lục I): every text already worded, nothing left to look up.
 * It is stored as jsonb when the document is issued and rendered again later, so it holds plain JSON only (no
 * undefined, no Date) and both renderers draw it the same way. Sizes and spacing are the renderers' (page-format.ts).
 */
export interface OfficialDocument {
  /** shape version of this model, for stored documents if the shape ever changes */
  version: 1;
  kind: DocumentKind;
  /** 'YYYY-MM-DD': the PDF and DOCX metadata dates come from here */
  issuedOn: string;
  /** metadata: title ('Quyết định số 05/QĐ-CĐVC'), author (the issuer), subject (the trích yếu) */
  meta: { title: string; author: string; subject: string };
  header: DocumentHeader;
  /**
   * tên loại ('QUYẾT ĐỊNH') over the trích yếu ('Về việc …'), centred bold, a short rule beneath. A công văn has no
   * tên loại (typeName null): its trích yếu ('V/v …') stands under the number, upright (NĐ 30 Phụ lục I).
   */
  heading: { typeName: string | null; summary: string };
  /** from the authority line and căn cứ (QĐ) through the last article or paragraph */
  body: BodyParagraph[];
  signature: SignatureBlock;
  /** 'Nơi nhận:' and its lines ('- Như Điều 3;' … '- Lưu: VT, ToC.') */
  recipients: { heading: string; lines: string[] };
  /** the attached list, on a page of its own */
  appendix: Appendix | null;
}

/** The two-column header without borders. */
export interface DocumentHeader {
  /** the parent union, upright caps; null for an issuer without one */
  parentName: string | null;
  /** the issuer, bold caps, a short rule beneath */
  issuerName: string;
  /** 'Số: 05/QĐ-CĐVC' */
  numberLine: string;
  /** 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' */
  nationalName: string;
  /** 'Độc lập - Tự do - Hạnh phúc', a rule beneath as long as the line */
  motto: string;
  /** 'Gia Lai, ngày 05 tháng 02 năm 2026', italic */
  placeDateLine: string;
  /** độ khẩn ('HỎA TỐC'), bold in a frame under the number (NĐ 30 Phụ lục I); absent for an ordinary document */
  urgency?: string;
}

export interface TextRun {
  text: string;
  bold?: true;
  italic?: true;
}

/** A body paragraph: 'justify' ones get a first-line indent, 'center' ones none. */
export interface BodyParagraph {
  align: 'justify' | 'center';
  runs: TextRun[];
}

/** Right of the recipients: authority lines (TM./KT./TL. …) in bold caps, room for signature and seal, the name. */
export interface SignatureBlock {
  lines: string[];
  fullName: string;
}

export interface Appendix {
  /** bold caps, centred ('DANH SÁCH', 'BAN CHẤP HÀNH …') */
  titleLines: string[];
  /** italic, centred: '(Kèm theo Quyết định số … )' */
  note: string;
  /** a bordered table; widths are shares of the text width and add up to 1 */
  columns: { header: string; width: number; align: 'left' | 'center' }[];
  rows: string[][];
}
