import { existsSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/** Liberation Serif 2.1.5: metric-compatible with Times New Roman (NĐ 30's font), full Vietnamese glyphs, SIL OFL. */
export const FONT_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontFace = keyof typeof FONT_FILES;

export const faceOf = (style: { bold?: boolean; italic?: boolean }): FontFace =>
  style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';

/**
 * The folder of the vendored fonts, libs/documents/fonts. From source (jest, tsx) it is `../fonts` beside src/. The
 * build compiles src/ to dist/libs/documents/src/ and copies no assets, so from there walk up to the first folder that
 * holds libs/documents/fonts (dist/ if fonts are ever copied there, else the repository root).
 */
export function fontDirectory(from: string = __dirname): string {
  const besideSource = path.resolve(from, '../fonts');
  if (existsSync(path.join(besideSource, FONT_FILES.regular))) return besideSource;
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'libs', 'documents', 'fonts');
    if (existsSync(path.join(candidate, FONT_FILES.regular))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`libs/documents/fonts not found beside or above ${from}`);
  }
}

let directory: string | undefined;

export function fontPath(face: FontFace): string {
  directory ??= fontDirectory();
  return path.join(directory, FONT_FILES[face]);
}

let measurer: PDFKit.PDFDocument | undefined;

/** The width in points of one line of text, from the font's own metrics (the DOCX renderer sizes its rules with it). */
export function textWidth(text: string, face: FontFace, size: number): number {
  measurer ??= new PDFDocument({ autoFirstPage: false, font: fontPath('regular') });
  return measurer.font(fontPath(face)).fontSize(size).widthOfString(text);
}
