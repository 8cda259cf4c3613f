import { ValidationFailed } from '../domain-error';
import { dayNumberOf, isoDateOf, parseIsoDate } from './calendar-date';

/**
 * The Vietnamese lunar calendar (âm lịch), computed with Hồ Ngọc Đức's published method: a lunar month starts on the
 * local day of a new moon, month 11 holds the winter solstice, and a leap month is the first month of a 13-month year
 * without a major solar term. "Local" is UTC+7: this is why Tết sometimes differs from the Chinese calendar (UTC+8),
 * e.g. 1985, 2007, 2030. Astronomy: simplified Meeus formulas, accurate enough for 1900–2100 (checked against the
 * published table in lunar-dates.fixture.csv).
 *
 * Day counts below are Julian day numbers (JDN), the astronomers' integer day count; a JDN is our day number + 2440588.
 */

export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2100;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** true in the repeated (nhuận) month of a 13-month year */
  leap: boolean;
}

const TIME_ZONE = 7; // hours east of UTC: Vietnam
const JDN_OF_DAY_ZERO = 2440588; // JDN of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695; // the new moon of 1900-01-01, in JDN
const DEG = Math.PI / 180;

/** The instant (Julian date, UT) of the k-th new moon after the one of 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900-01-00.5
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * moonLatitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * moonLatitude + sunAnomaly) -
    0.0004 * Math.sin(2 * moonLatitude - sunAnomaly) -
    0.0006 * Math.sin(2 * moonLatitude + moonAnomaly) +
    0.001 * Math.sin(2 * moonLatitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + correction - deltaT;
}

/** The sun's apparent longitude, in radians [0, 2π), at a Julian date (UT). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries since 2000-01-01 12:00 UT
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.00029 * Math.sin(3 * anomaly);
  const longitude = (meanLongitude + center) * DEG;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** The local day (JDN) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which 30° sector (0–11) the sun is in at the start of a local day: a change of sector is a major solar term. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** The first day (JDN) of lunar month 11, the month holding the winter solstice, in Gregorian `year`. */
function month11Start(year: number): number {
  const offset = dayNumberOf(year, 12, 31) + JDN_OF_DAY_ZERO - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // A month starting after the sun passed 270° (sector ≥ 9) is month 12's neighbour: month 11 began one moon earlier.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a 13-month lunar year starting at month 11 (`a11`), how many months after it the leap month comes. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i++;
    sector = sunSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14); // the first month with no new sector has no major term
  return i - 1;
}

function checkSolarRange(dayNumber: number, field: string): void {
  if (dayNumber < dayNumberOf(LUNAR_MIN_YEAR, 1, 1) || dayNumber > dayNumberOf(LUNAR_MAX_YEAR, 12, 31)) {
    throw new ValidationFailed([
      {
        field,
        rule: 'range',
        message: `${field}: âm lịch chỉ tính cho các năm ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`,
        messageEn: `${field}: the lunar calendar is computed for ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR} only`,
      },
    ]);
  }
}

/** The lunar date of a Gregorian date `YYYY-MM-DD`. */
export function solarToLunar(date: string): LunarDate {
  const dayNumber = parseIsoDate(date);
  checkSolarRange(dayNumber, 'date');
  const jdn = dayNumber + JDN_OF_DAY_ZERO;
  const year = Number(date.slice(0, 4));
  const k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jdn) monthStart = newMoonDay(k);
  let a11 = month11Start(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1);
  }
  const monthsAfter11 = Math.floor((monthStart - a11) / 29);
  let month = monthsAfter11 + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (monthsAfter11 >= leapOffset) {
      month = monthsAfter11 + 10;
      leap = monthsAfter11 === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && monthsAfter11 < 4) lunarYear -= 1;
  return { day: jdn - monthStart + 1, month, year: lunarYear, leap };
}

function invalidLunar(field: string, message: string, messageEn: string): ValidationFailed {
  return new ValidationFailed([{ field, rule: 'lunar_date', message, messageEn }]);
}

/** The Gregorian date of a lunar date; throws ValidationFailed for a day 30 of a 29-day month or a missing leap month. */
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number, isLeapMonth: boolean): string {
  if (!Number.isInteger(lunarYear) || lunarYear < LUNAR_MIN_YEAR || lunarYear > LUNAR_MAX_YEAR) {
    throw invalidLunar('lunarYear', `Năm âm lịch phải trong ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`, `lunarYear must be in ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  }
  if (!Number.isInteger(lunarMonth) || lunarMonth < 1 || lunarMonth > 12) {
    throw invalidLunar('lunarMonth', 'Tháng âm lịch phải từ 1 đến 12', 'lunarMonth must be 1–12');
  }
  if (!Number.isInteger(lunarDay) || lunarDay < 1 || lunarDay > 30) {
    throw invalidLunar('lunarDay', 'Ngày âm lịch phải từ 1 đến 30', 'lunarDay must be 1–30');
  }
  // Months 11 and 12 belong to the lunar year that started in the previous Gregorian winter.
  const a11 = lunarMonth < 11 ? month11Start(lunarYear - 1) : month11Start(lunarYear);
  const b11 = lunarMonth < 11 ? month11Start(lunarYear) : month11Start(lunarYear + 1);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = lunarMonth - 11;
  if (offset < 0) offset += 12;
  let leapMonth = 0;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    leapMonth = leapOffset - 2 < 0 ? leapOffset + 10 : leapOffset - 2;
    if (isLeapMonth || offset >= leapOffset) offset += 1;
  }
  if (isLeapMonth && lunarMonth !== leapMonth) {
    throw invalidLunar('isLeapMonth', `Năm âm lịch ${lunarYear} không có tháng ${lunarMonth} nhuận`, `Lunar year ${lunarYear} has no leap month ${lunarMonth}`);
  }
  const date = isoDateOf(newMoonDay(k + offset) + lunarDay - 1 - JDN_OF_DAY_ZERO);
  if (lunarDay === 30 && solarToLunar(date).day !== 30) {
    throw invalidLunar('lunarDay', `Tháng ${lunarMonth} âm lịch năm ${lunarYear} chỉ có 29 ngày`, `Lunar month ${lunarMonth} of ${lunarYear} has 29 days`);
  }
  return date;
}

/** Tết Nguyên đán: mùng 1 tháng Giêng of the lunar year that starts in Gregorian `year` (always in January or February). */
export function tetDate(year: number): string {
  return lunarToSolar(1, 1, year, false);
}

/** Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch (of the ordinary month 3 when the year repeats month 3). */
export function gioToDate(year: number): string {
  return lunarToSolar(10, 3, year, false);
}

/** The last day of the lunar year ending in Gregorian `year`: 29 or 30 tháng Chạp, the eve of Tết. */
export function lastDayOfLunarYearBefore(year: number): string {
  return isoDateOf(parseIsoDate(tetDate(year)) - 1);
}
