/** Vietnamese date wording of NĐ 30/2020 Phụ lục I: days below 10 and the months 1 and 2 take a leading zero. */

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Reads 'YYYY-MM-DD'; anything else, or a day the calendar lacks, is a RangeError (bad input, not worth a retry). */
export function parseIsoDate(isoDate: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(isoDate)}`);
  }
  return { year, month, day };
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** 'Gia Lai, ngày 05 tháng 02 năm 2026'; 'ngày 22 tháng 11 năm 2026'; 'ngày 01 tháng 12 năm 2026'. No place, no prefix. */
export function vietnameseDateLine(placeName: string, isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const monthText = month <= 2 ? twoDigits(month) : String(month);
  const date = `ngày ${twoDigits(day)} tháng ${monthText} năm ${year}`;
  return placeName.trim() ? `${placeName.trim()}, ${date}` : date;
}

/** '05/02/2026', as dates are written inside the text. */
export function shortVietnameseDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

/** Midnight of the date in Vietnam (UTC+7): the creation and modification dates the renderings carry. */
export function vietnamMidnight(isoDate: string): Date {
  parseIsoDate(isoDate);
  return new Date(`${isoDate}T00:00:00+07:00`);
}
