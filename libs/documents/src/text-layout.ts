import { type FontFace, textWidth } from './fonts';

/**
 * Words a heading line may start with: the parts of a union's or a unit's name ("CÔNG ĐOÀN …", "LIÊN ĐOÀN LAO ĐỘNG …",
 * "TỈNH GIA LAI", "VIỆT NAM", "Công ty …") and "và". Breaking before them keeps names whole, as a văn thư would break
 * them by hand ("BAN THƯỜNG VỤ / LIÊN ĐOÀN LAO ĐỘNG / TỈNH GIA LAI", "TỔNG LIÊN ĐOÀN LAO ĐỘNG / VIỆT NAM").
 */
const GOOD_LINE_STARTS = new Set(['CÔNG', 'Công', 'LIÊN', 'TỈNH', 'THÀNH', 'HUYỆN', 'QUẬN', 'THỊ', 'XÃ', 'PHƯỜNG', 'VIỆT', 'và']);

interface Layout {
  /** lines plus breaks inside a name: one more line is worth one name kept whole */
  cost: number;
  badBreaks: number;
  widest: number;
  lines: string[];
}

const better = (a: Layout, b: Layout): boolean =>
  a.cost !== b.cost ? a.cost < b.cost : a.badBreaks !== b.badBreaks ? a.badBreaks < b.badBreaks : a.widest < b.widest;

/**
 * The lines of a centred heading (a union's name in the header, the trích yếu, an appendix title), broken at spaces
 * within `maxWidth`: names kept whole where possible ("CÔNG ĐOÀN VIÊN CHỨC / TỈNH GIA LAI", not "CÔNG ĐOÀN VIÊN /
 * CHỨC TỈNH GIA LAI"), then lines of about equal width. Both renderers break at the same places, as Liberation Serif
 * and Times New Roman share their metrics.
 */
export function headingLines(text: string, face: FontFace, size: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const best: Layout[] = [];
  best[words.length] = { cost: 0, badBreaks: 0, widest: 0, lines: [] };
  // best[i]: the best layout of words i…end; a word wider than the column keeps a line of its own.
  for (let i = words.length - 1; i >= 0; i--) {
    for (let j = i + 1; j <= words.length; j++) {
      const line = words.slice(i, j).join(' ');
      const width = textWidth(line, face, size);
      if (width > maxWidth && j > i + 1) break;
      const rest = best[j];
      const bad = j < words.length && !GOOD_LINE_STARTS.has(words[j]) ? 1 : 0;
      const candidate = {
        cost: 1 + bad + rest.cost,
        badBreaks: bad + rest.badBreaks,
        widest: Math.max(width, rest.widest),
        lines: [line, ...rest.lines],
      };
      if (!best[i] || better(candidate, best[i])) best[i] = candidate;
    }
  }
  return best[0]?.lines ?? [];
}
