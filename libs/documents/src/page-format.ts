/**
 * The page of NĐ 30/2020 Phụ lục I (domain §8), shared by both renderers so the PDF and the DOCX lay out alike.
 * Lengths in points (1/72 inch); the DOCX renderer converts them to twips (1/20 point).
 */
export const POINTS_PER_MM = 72 / 25.4;

/** A4 */
export const PAGE_SIZE = { width: 595.28, height: 841.89 };

/** top and bottom 20 mm, left 30 mm, right 15 mm */
export const MARGINS = { top: 20 * POINTS_PER_MM, bottom: 20 * POINTS_PER_MM, left: 30 * POINTS_PER_MM, right: 15 * POINTS_PER_MM };

export const TEXT_WIDTH = PAGE_SIZE.width - MARGINS.left - MARGINS.right;

/** font sizes in points, within the ranges NĐ 30 allows */
export const FONT_SIZE = {
  body: 14,
  /** the parent's and the issuer's names: 12–13 */
  header: 12,
  /** số, ký hiệu: 13 */
  number: 13,
  /** quốc hiệu: 12–13 */
  nationalName: 12,
  /** tiêu ngữ: 13–14 */
  motto: 13,
  recipientsHeading: 12,
  recipients: 11,
  pageNumber: 13,
  table: 13,
  /** a công văn's trích yếu under the number ('V/v …'): 12–13, upright */
  letterSummary: 12,
  /** độ khẩn ('HỎA TỐC'): 13–14, bold capitals in a frame */
  urgency: 13,
};

/** the header's left column (issuer) as a share of the text width; the quốc hiệu needs the rest */
export const HEADER_LEFT_SHARE = 0.46;
/** blank kept between the issuer's lines and the quốc hiệu (inside the left column, on its right) */
export const HEADER_GUTTER = 8;
/** rules sit this far below the line they underline */
export const RULE_GAP = 3;
/** the nơi nhận column beside the signature */
export const SIGNATURE_LEFT_SHARE = 0.45;

export const FIRST_LINE_INDENT = 10 * POINTS_PER_MM;
/** space after a body paragraph: NĐ 30 asks for at least 6 pt */
export const PARAGRAPH_SPACING = 6;
/** the blank space left for the handwritten signature and the seal */
export const SIGNATURE_SPACE = 72;
/** vertical spaces: above the number and place-date row, around the tên loại and trích yếu, above the signature */
export const HEADER_ROW_GAP = 8;
export const HEADING_SPACE_BEFORE = 24;
export const HEADING_SPACE_AFTER = 16;
export const SIGNATURE_SPACE_BEFORE = 6;
/** the trích yếu is broken within this share of the text width, so it never runs margin to margin */
export const SUMMARY_WIDTH_SHARE = 0.9;
/** the short rules under the issuer's name and under the trích yếu: 1/3 to 1/2 of their lines (NĐ 30) */
export const SHORT_RULE = { issuer: 64, summary: 110 };
/** page numbers sit centred in the top margin, this far from the top edge */
export const PAGE_NUMBER_TOP = 10 * POINTS_PER_MM;
/** space between the number and a công văn's trích yếu (NĐ 30: 6 pt), and above the độ khẩn's frame */
export const LETTER_SUMMARY_GAP = 6;
/** padding inside the độ khẩn's frame */
export const URGENCY_PADDING = 3;
/** padding inside the appendix table's cells */
export const CELL_PADDING = 4;
