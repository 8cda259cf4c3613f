import PDFDocument from 'pdfkit';
import { vietnamMidnight } from './date-line';
import type { Appendix, BodyParagraph, DocumentHeader, OfficialDocument } from './document-model';
import { FONT_FILES, type FontFace, faceOf, fontPath, textWidth } from './fonts';
import {
  CELL_PADDING,
  FIRST_LINE_INDENT,
  FONT_SIZE,
  HEADER_GUTTER,
  HEADER_LEFT_SHARE,
  HEADER_ROW_GAP,
  HEADING_SPACE_AFTER,
  HEADING_SPACE_BEFORE,
  LETTER_SUMMARY_GAP,
  MARGINS,
  PAGE_NUMBER_TOP,
  PAGE_SIZE,
  PARAGRAPH_SPACING,
  RULE_GAP,
  SHORT_RULE,
  SIGNATURE_LEFT_SHARE,
  SIGNATURE_SPACE,
  SIGNATURE_SPACE_BEFORE,
  SUMMARY_WIDTH_SHARE,
  TEXT_WIDTH,
  URGENCY_PADDING,
} from './page-format';
import { headingLines } from './text-layout';

type Pdf = PDFKit.PDFDocument;

const RULE_WIDTH = 0.6;
const BOTTOM = PAGE_SIZE.height - MARGINS.bottom;

/**
 * Draws the document as an A4 PDF with Liberation Serif embedded (pdfkit subsets it). The same model gives the same
 * bytes: the info dates come from `issuedOn` and pdfkit derives the file ID from the info, not from the clock.
 */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  const issued = vietnamMidnight(doc.issuedOn);
  const pdf = new PDFDocument({
    size: [PAGE_SIZE.width, PAGE_SIZE.height],
    margins: MARGINS,
    bufferPages: true, // page numbers are written once the page count is known
    font: fontPath('regular'), // instead of pdfkit's default Helvetica, which would land in the file unused
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: doc.meta.title,
      Author: doc.meta.author,
      Subject: doc.meta.subject,
      Creator: 'congdoan-workflow',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  for (const face of Object.keys(FONT_FILES) as FontFace[]) pdf.registerFont(face, fontPath(face));

  drawHeader(pdf, doc.header, doc.heading);
  drawHeading(pdf, doc.heading);
  doc.body.forEach((paragraph, i) => {
    if (i === doc.body.length - 1) keepWithClosing(pdf, paragraph, closingHeight(pdf, doc));
    drawParagraph(pdf, paragraph);
  });
  drawSignature(pdf, doc);
  if (doc.appendix) drawAppendix(pdf, doc.appendix);
  numberPages(pdf);
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

interface Column {
  x: number;
  width: number;
}

const FULL_WIDTH: Column = { x: MARGINS.left, width: TEXT_WIDTH };

/**
 * Centred lines from `y` in a column, each text broken as a heading (headingLines) within `wrapWidth`; returns the y
 * below them.
 */
function centred(
  pdf: Pdf,
  texts: string | readonly string[],
  column: Column,
  y: number,
  face: FontFace,
  size: number,
  wrapWidth = column.width,
): number {
  const lines = [texts].flat().flatMap((text) => headingLines(text, face, size, wrapWidth));
  pdf.font(face).fontSize(size);
  for (const line of lines) {
    pdf.text(line, column.x, y, { width: column.width, align: 'center', lineBreak: false });
    y += pdf.currentLineHeight(true);
  }
  return y;
}

/** A rule centred in the column, RULE_GAP below `y`. */
function rule(pdf: Pdf, column: Column, y: number, length: number): void {
  const centre = column.x + column.width / 2;
  pdf.moveTo(centre - length / 2, y + RULE_GAP).lineTo(centre + length / 2, y + RULE_GAP).lineWidth(RULE_WIDTH).stroke();
}

/**
 * Two columns: parent and issuer over the number on the left; quốc hiệu, tiêu ngữ, place and date on the right. Under
 * the number, a công văn's trích yếu ('V/v …', no tên loại) and the độ khẩn in its frame (NĐ 30 Phụ lục I).
 */
function drawHeader(pdf: Pdf, header: DocumentHeader, heading: OfficialDocument['heading']): void {
  const columnWidth = TEXT_WIDTH * HEADER_LEFT_SHARE;
  const left: Column = { x: MARGINS.left, width: columnWidth - HEADER_GUTTER };
  const right: Column = { x: MARGINS.left + columnWidth, width: TEXT_WIDTH - columnWidth };
  const size = FONT_SIZE.header;

  let leftY = header.parentName ? centred(pdf, header.parentName, left, MARGINS.top, 'regular', size) : MARGINS.top;
  leftY = centred(pdf, header.issuerName, left, leftY, 'bold', size);
  rule(pdf, left, leftY, SHORT_RULE.issuer);

  let rightY = centred(pdf, header.nationalName, right, MARGINS.top, 'bold', FONT_SIZE.nationalName);
  rightY = centred(pdf, header.motto, right, rightY, 'bold', FONT_SIZE.motto);
  rule(pdf, right, rightY, textWidth(header.motto, 'bold', FONT_SIZE.motto));

  // The number and the place-date share the line below the taller column.
  const y = Math.max(leftY, rightY) + HEADER_ROW_GAP;
  leftY = centred(pdf, header.numberLine, left, y, 'regular', FONT_SIZE.number);
  if (heading.typeName === null) leftY = centred(pdf, heading.summary, left, leftY + LETTER_SUMMARY_GAP, 'regular', FONT_SIZE.letterSummary);
  if (header.urgency) leftY = drawUrgency(pdf, header.urgency, left, leftY + LETTER_SUMMARY_GAP);
  pdf.y = Math.max(leftY, centred(pdf, header.placeDateLine, right, y, 'italic', FONT_SIZE.body));
}

/** 'HỎA TỐC' bold in a single-line frame, centred in the column; returns the y below the frame. */
function drawUrgency(pdf: Pdf, text: string, column: Column, y: number): number {
  const width = textWidth(text, 'bold', FONT_SIZE.urgency) + 2 * URGENCY_PADDING;
  const height = pdf.font('bold').fontSize(FONT_SIZE.urgency).currentLineHeight(true) + URGENCY_PADDING;
  const x = column.x + (column.width - width) / 2;
  pdf.rect(x, y, width, height).lineWidth(RULE_WIDTH).stroke();
  centred(pdf, text, column, y + URGENCY_PADDING, 'bold', FONT_SIZE.urgency);
  return y + height;
}

/** The tên loại over the trích yếu; a công văn's trích yếu is in the header, so only the space is left. */
function drawHeading(pdf: Pdf, heading: OfficialDocument['heading']): void {
  if (heading.typeName === null) {
    pdf.y += HEADING_SPACE_BEFORE;
    return;
  }
  const size = FONT_SIZE.body;
  let y = centred(pdf, heading.typeName, FULL_WIDTH, pdf.y + HEADING_SPACE_BEFORE, 'bold', size);
  y = centred(pdf, heading.summary, FULL_WIDTH, y, 'bold', size, TEXT_WIDTH * SUMMARY_WIDTH_SHARE);
  rule(pdf, FULL_WIDTH, y, SHORT_RULE.summary);
  pdf.y = y + HEADING_SPACE_AFTER;
}

/** A justified paragraph with its first line indented, or a centred one; runs of other faces continue the line. */
function drawParagraph(pdf: Pdf, paragraph: BodyParagraph): void {
  const justified = paragraph.align === 'justify';
  pdf.x = MARGINS.left;
  // A paragraph whose first line no longer fits would be moved to the next page by pdfkit in the middle of its runs,
  // and the runs before the break then take the face of the last one ('Điều 2.' drawn regular): turn the page first.
  if (pdf.y + pdf.font(faceOf(paragraph.runs[0] ?? {})).fontSize(FONT_SIZE.body).currentLineHeight(true) > BOTTOM) pdf.addPage();
  paragraph.runs.forEach((run, i) => {
    pdf.font(faceOf(run)).fontSize(FONT_SIZE.body);
    pdf.text(run.text, {
      width: TEXT_WIDTH,
      align: paragraph.align,
      indent: justified ? FIRST_LINE_INDENT : 0,
      paragraphGap: PARAGRAPH_SPACING,
      continued: i < paragraph.runs.length - 1,
    });
  });
}

/**
 * The signature never stands alone on a page: when the last paragraph fits on this page but not with the nơi nhận and
 * the signature below it, it goes over to the next page with them. Its height is measured in the regular face.
 */
function keepWithClosing(pdf: Pdf, paragraph: BodyParagraph, closing: number): void {
  const justified = paragraph.align === 'justify';
  const text = paragraph.runs.map((run) => run.text).join('');
  const height = pdf.font('regular').fontSize(FONT_SIZE.body).heightOfString(text, {
    width: TEXT_WIDTH,
    align: paragraph.align,
    indent: justified ? FIRST_LINE_INDENT : 0,
    paragraphGap: PARAGRAPH_SPACING,
  });
  const fitsAlone = pdf.y + height <= BOTTOM;
  if (fitsAlone && pdf.y + height + SIGNATURE_SPACE_BEFORE + closing > BOTTOM && pdf.y > MARGINS.top) pdf.addPage();
}

const signatureColumns = (): { left: Column; right: Column } => {
  const leftWidth = TEXT_WIDTH * SIGNATURE_LEFT_SHARE;
  return { left: { x: MARGINS.left, width: leftWidth }, right: { x: MARGINS.left + leftWidth, width: TEXT_WIDTH - leftWidth } };
};

/** The height of the nơi nhận and signature block: the taller of its two columns. */
function closingHeight(pdf: Pdf, { signature, recipients }: OfficialDocument): number {
  const { left, right } = signatureColumns();
  const lineHeight = (face: FontFace, size: number) => pdf.font(face).fontSize(size).currentLineHeight(true);
  const signatureLines = signature.lines.flatMap((line) => headingLines(line, 'bold', FONT_SIZE.body, right.width));
  const signatureHeight = (signatureLines.length + 1) * lineHeight('bold', FONT_SIZE.body) + SIGNATURE_SPACE;
  const headingHeight = lineHeight('boldItalic', FONT_SIZE.recipientsHeading);
  pdf.font('regular').fontSize(FONT_SIZE.recipients);
  const recipientsHeight = headingHeight + recipients.lines.reduce((sum, line) => sum + pdf.heightOfString(line, { width: left.width }), 0);
  return Math.max(signatureHeight, recipientsHeight);
}

/** Nơi nhận on the left, the signature on the right, kept together on one page. */
function drawSignature(pdf: Pdf, doc: OfficialDocument): void {
  const { signature, recipients } = doc;
  const { left, right } = signatureColumns();
  const signatureLines = signature.lines.flatMap((line) => headingLines(line, 'bold', FONT_SIZE.body, right.width));
  const headingHeight = pdf.font('boldItalic').fontSize(FONT_SIZE.recipientsHeading).currentLineHeight(true);
  let y = pdf.y + SIGNATURE_SPACE_BEFORE;
  if (y + closingHeight(pdf, doc) > BOTTOM) {
    pdf.addPage();
    y = MARGINS.top;
  }

  pdf.font('boldItalic').fontSize(FONT_SIZE.recipientsHeading).text(recipients.heading, left.x, y, { lineBreak: false });
  pdf.y = y + headingHeight;
  pdf.font('regular').fontSize(FONT_SIZE.recipients);
  for (const line of recipients.lines) pdf.text(line, left.x, pdf.y, { width: left.width });

  const nameY = centred(pdf, signatureLines, right, y, 'bold', FONT_SIZE.body) + SIGNATURE_SPACE;
  pdf.y = centred(pdf, signature.fullName, right, nameY, 'bold', FONT_SIZE.body);
}

/** The attached list on a page of its own: title, note, a short rule and a bordered table (header repeated). */
function drawAppendix(pdf: Pdf, appendix: Appendix): void {
  pdf.addPage();
  const size = FONT_SIZE.body;
  let y = centred(pdf, appendix.titleLines, FULL_WIDTH, MARGINS.top, 'bold', size);
  y = centred(pdf, appendix.note, FULL_WIDTH, y, 'italic', size);
  rule(pdf, FULL_WIDTH, y, SHORT_RULE.summary);
  y += HEADING_SPACE_AFTER;

  const widths = appendix.columns.map((c) => c.width * TEXT_WIDTH - 2 * CELL_PADDING);
  const rowHeight = (cells: readonly string[], bold: boolean): number => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(FONT_SIZE.table);
    return Math.max(...cells.map((cell, i) => pdf.heightOfString(cell, { width: widths[i] }))) + 2 * CELL_PADDING;
  };
  const drawRow = (cells: readonly string[], bold: boolean, top: number): number => {
    const height = rowHeight(cells, bold);
    let x = MARGINS.left;
    cells.forEach((cell, i) => {
      const width = widths[i] + 2 * CELL_PADDING;
      pdf.rect(x, top, width, height).lineWidth(RULE_WIDTH).stroke();
      pdf.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: widths[i], align: bold ? 'center' : appendix.columns[i].align });
      x += width;
    });
    return top + height;
  };
  const header = appendix.columns.map((c) => c.header);
  y = drawRow(header, true, y);
  for (const row of appendix.rows) {
    if (y + rowHeight(row, false) > BOTTOM) {
      pdf.addPage();
      y = drawRow(header, true, MARGINS.top);
    }
    y = drawRow(row, false, y);
  }
}

/** From page 2 on, centred in the top margin (NĐ 30: the first page shows no number). */
function numberPages(pdf: Pdf): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    pdf.switchToPage(i);
    pdf.font('regular').fontSize(FONT_SIZE.pageNumber);
    pdf.text(String(i - start + 1), MARGINS.left, PAGE_NUMBER_TOP, { width: TEXT_WIDTH, align: 'center', lineBreak: false });
  }
}
