import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { parseIsoDate, vietnamMidnight } from './date-line';
import type { Appendix, BodyParagraph, DocumentHeader, OfficialDocument } from './document-model';
import { type FontFace, textWidth } from './fonts';
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
import { setZipEntryDates } from './zip-dates';

/**
 * The DOCX names "Times New Roman", the font NĐ 30 prescribes and every Vietnamese office has; Word lays the page out
 * as the PDF (Liberation Serif shares its metrics), and LibreOffice substitutes Liberation Serif where it is missing.
 */
const FONT = 'Times New Roman';
const twips = (points: number): number => Math.round(points * 20);
const halfPoints = (points: number): number => points * 2;
const BOLD_FACES = new Set<FontFace>(['bold', 'boldItalic']);
const ITALIC_FACES = new Set<FontFace>(['italic', 'boldItalic']);
/** a rule's weight, in eighths of a point (0.75 pt) */
const RULE_SIZE = 6;

/**
 * Writes the document as a DOCX laid out like the PDF (same page, columns, line breaks in headings and rules). The same
 * model gives the same bytes: docx stamps the core properties and every zip entry with the current time, so the
 * core properties are replaced by ones dated `issuedOn` and the zip entries are re-dated to it.
 */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: doc.meta.author,
    title: doc.meta.title,
    subject: doc.meta.subject,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(FONT_SIZE.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true, // the first page has its own (empty) header: no page number on page 1
          page: {
            size: { width: twips(PAGE_SIZE.width), height: twips(PAGE_SIZE.height) },
            margin: {
              top: twips(MARGINS.top),
              bottom: twips(MARGINS.bottom),
              left: twips(MARGINS.left),
              right: twips(MARGINS.right),
              header: twips(PAGE_NUMBER_TOP),
            },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(FONT_SIZE.pageNumber) })],
              }),
            ],
          }),
        },
        children: [
          headerTable(doc.header, doc.heading),
          ...heading(doc.heading),
          // the last paragraph stays on the signature's page: the signature never stands alone (as the PDF)
          ...doc.body.map((paragraph, i) => bodyParagraph(paragraph, i === doc.body.length - 1)),
          signatureTable(doc),
          ...(doc.appendix ? appendix(doc.appendix) : []),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
  return setZipEntryDates(packed, parseIsoDate(doc.issuedOn));
}

interface LineStyle {
  face: FontFace;
  size: number;
  align?: 'left' | 'center';
  /** space above, in points */
  before?: number;
  pageBreakBefore?: true;
}

/** Lines in one paragraph, joined by line breaks. */
function lines(texts: readonly string[], { face, size, align = 'center', before = 0, pageBreakBefore }: LineStyle): Paragraph {
  const [bold, italics] = [BOLD_FACES.has(face) || undefined, ITALIC_FACES.has(face) || undefined];
  return new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    pageBreakBefore,
    spacing: { before: twips(before) },
    children: texts.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, bold, italics, size: halfPoints(size) })),
  });
}

/** Centred lines, each text broken as a heading within `wrapWidth` exactly where the PDF breaks it. */
function centred(texts: string | readonly string[], wrapWidth: number, style: LineStyle): Paragraph {
  return lines([texts].flat().flatMap((text) => headingLines(text, style.face, style.size, wrapWidth)), style);
}

/** A rule of `length` points centred in a box `within` points wide: the top border of an empty 1 pt paragraph. */
function rule(length: number, within: number): Paragraph {
  const side = twips((within - length) / 2);
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000', space: 0 } },
    indent: { left: side, right: side },
    spacing: { before: twips(RULE_GAP), line: twips(1), lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}

/** Blank space of `points`, an empty paragraph of that exact height. */
const space = (points: number): Paragraph => new Paragraph({ spacing: { line: twips(points), lineRule: LineRuleType.EXACT } });

interface LayoutColumn {
  width: number;
  /** points of padding on the cell's right; none elsewhere, like the PDF's columns */
  rightPadding?: number;
}

/** A table without borders that places paragraphs in columns: rows of cells, each cell a list of paragraphs. */
function layoutTable(columns: LayoutColumn[], rows: Paragraph[][][], cantSplit?: true): Table {
  return new Table({
    width: { size: twips(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: columns.map((c) => twips(c.width)),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit,
          children: cells.map(
            (children, i) =>
              new TableCell({
                children,
                width: { size: twips(columns[i].width), type: WidthType.DXA },
                margins: { left: 0, right: twips(columns[i].rightPadding ?? 0), top: 0, bottom: 0 },
              }),
          ),
        }),
    ),
  });
}

/**
 * Two columns: parent and issuer over the number on the left; quốc hiệu, tiêu ngữ, place and date on the right. The
 * number and the place-date share the second row, below the taller column.
 */
function headerTable(header: DocumentHeader, heading: OfficialDocument['heading']): Table {
  const columnWidth = TEXT_WIDTH * HEADER_LEFT_SHARE;
  const leftWidth = columnWidth - HEADER_GUTTER;
  const rightWidth = TEXT_WIDTH - columnWidth;
  const size = FONT_SIZE.header;
  return layoutTable(
    [{ width: columnWidth, rightPadding: HEADER_GUTTER }, { width: rightWidth }],
    [
      [
        [
          ...(header.parentName ? [centred(header.parentName, leftWidth, { face: 'regular', size })] : []),
          centred(header.issuerName, leftWidth, { face: 'bold', size }),
          rule(SHORT_RULE.issuer, leftWidth),
        ],
        [
          centred(header.nationalName, rightWidth, { face: 'bold', size: FONT_SIZE.nationalName }),
          centred(header.motto, rightWidth, { face: 'bold', size: FONT_SIZE.motto }),
          rule(textWidth(header.motto, 'bold', FONT_SIZE.motto), rightWidth),
        ],
      ],
      [
        [
          centred(header.numberLine, leftWidth, { face: 'regular', size: FONT_SIZE.number, before: HEADER_ROW_GAP }),
          // a công văn's trích yếu ('V/v …') under the number, and the độ khẩn in its frame (NĐ 30 Phụ lục I)
          ...(heading.typeName === null
            ? [centred(heading.summary, leftWidth, { face: 'regular', size: FONT_SIZE.letterSummary, before: LETTER_SUMMARY_GAP })]
            : []),
          ...(header.urgency ? [urgency(header.urgency, leftWidth)] : []),
        ],
        [centred(header.placeDateLine, rightWidth, { face: 'italic', size: FONT_SIZE.body, before: HEADER_ROW_GAP })],
      ],
    ],
  );
}

/** 'HỎA TỐC' bold in a frame (the paragraph's borders), as wide as the text and centred in a column `within` points wide. */
function urgency(text: string, within: number): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000', space: URGENCY_PADDING };
  const side = twips((within - textWidth(text, 'bold', FONT_SIZE.urgency)) / 2 - URGENCY_PADDING);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: { top: border, bottom: border, left: border, right: border },
    indent: { left: side, right: side },
    spacing: { before: twips(LETTER_SUMMARY_GAP + URGENCY_PADDING) },
    children: [new TextRun({ text, bold: true, size: halfPoints(FONT_SIZE.urgency) })],
  });
}

/** The tên loại over the trích yếu; a công văn's trích yếu is in the header, so only the space is left. */
function heading({ typeName, summary }: OfficialDocument['heading']): Paragraph[] {
  const size = FONT_SIZE.body;
  if (typeName === null) return [space(HEADING_SPACE_BEFORE)];
  return [
    centred(typeName, TEXT_WIDTH, { face: 'bold', size, before: HEADING_SPACE_BEFORE }),
    centred(summary, TEXT_WIDTH * SUMMARY_WIDTH_SHARE, { face: 'bold', size }),
    rule(SHORT_RULE.summary, TEXT_WIDTH),
    space(HEADING_SPACE_AFTER),
  ];
}

function bodyParagraph(paragraph: BodyParagraph, keepNext: boolean): Paragraph {
  const justified = paragraph.align === 'justify';
  return new Paragraph({
    alignment: justified ? AlignmentType.JUSTIFIED : AlignmentType.CENTER,
    keepNext: keepNext || undefined,
    indent: justified ? { firstLine: twips(FIRST_LINE_INDENT) } : undefined,
    spacing: { after: twips(PARAGRAPH_SPACING) },
    children: paragraph.runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic })),
  });
}

/** Nơi nhận on the left, the signature on the right, in one row that never splits across pages. */
function signatureTable({ signature, recipients }: OfficialDocument): Table {
  const leftWidth = TEXT_WIDTH * SIGNATURE_LEFT_SHARE;
  const rightWidth = TEXT_WIDTH - leftWidth;
  const recipientsStyle = { face: 'regular', size: FONT_SIZE.recipients, align: 'left' } as const;
  const signatureStyle = { face: 'bold', size: FONT_SIZE.body } as const;
  return layoutTable(
    [{ width: leftWidth }, { width: rightWidth }],
    [
      [
        [
          lines([recipients.heading], { face: 'boldItalic', size: FONT_SIZE.recipientsHeading, align: 'left', before: SIGNATURE_SPACE_BEFORE }),
          ...recipients.lines.map((line) => lines([line], recipientsStyle)),
        ],
        [
          centred(signature.lines, rightWidth, { ...signatureStyle, before: SIGNATURE_SPACE_BEFORE }),
          centred(signature.fullName, rightWidth, { ...signatureStyle, before: SIGNATURE_SPACE }),
        ],
      ],
    ],
    true,
  );
}

/** The attached list on a page of its own: title, note, a short rule and a bordered table (header row repeated). */
function appendix(list: Appendix): (Paragraph | Table)[] {
  const size = FONT_SIZE.body;
  const widths = list.columns.map((c) => c.width * TEXT_WIDTH);
  const border = { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000' };
  const padding = twips(CELL_PADDING);
  const row = (cells: readonly string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader || undefined,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: twips(widths[i]), type: WidthType.DXA },
            margins: { top: padding, bottom: padding, left: padding, right: padding },
            children: [
              lines([text], {
                face: isHeader ? 'bold' : 'regular',
                size: FONT_SIZE.table,
                align: isHeader ? 'center' : list.columns[i].align,
              }),
            ],
          }),
      ),
    });
  return [
    centred(list.titleLines, TEXT_WIDTH, { face: 'bold', size, pageBreakBefore: true }),
    centred(list.note, TEXT_WIDTH, { face: 'italic', size }),
    rule(SHORT_RULE.summary, TEXT_WIDTH),
    space(HEADING_SPACE_AFTER),
    new Table({
      width: { size: twips(TEXT_WIDTH), type: WidthType.DXA },
      columnWidths: widths.map(twips),
      layout: TableLayoutType.FIXED,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [row(list.columns.map((c) => c.header), true), ...list.rows.map((cells) => row(cells, false))],
    }),
  ];
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml as docx writes it, but dated at the issue date (Vietnam midnight) instead of the current time. */
function coreProperties(doc: OfficialDocument): string {
  const issued = vietnamMidnight(doc.issuedOn).toISOString().replace(/\.000Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.meta.title)}</dc:title>` +
    `<dc:subject>${escapeXml(doc.meta.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(doc.meta.author)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${issued}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${issued}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
