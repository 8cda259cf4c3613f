import { YearCalendar } from './year-calendar';

/**
 * The official schedules for public bodies (union bodies follow the same notices), from
 * shared/domain/official-calendars.md. A database migration preloads them; an admin enters later years.
 * `holidays` = every weekday off, plus the holidays proper that fell on a weekend (so a skipped day is named for the
 * holiday rather than "Thứ Bảy"); `workingDays` = the Saturdays worked in exchange (làm bù).
 */
export const OFFICIAL_YEAR_CALENDARS: readonly YearCalendar[] = [
  {
    year: 2024,
    status: 'official',
    source: 'TB 5015/TB-LĐTBXH 22/11/2023; VPCP 2450/VPCP-KGVX 12/04/2024',
    holidays: [
      { date: '2024-01-01', name: 'Tết Dương lịch' },
      // Tết 08–14/02: 5 Tết days (29 Chạp to mùng 3) and 2 compensatory days for the weekend 10–11/02
      { date: '2024-02-08', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { date: '2024-02-09', name: 'Tết Nguyên đán (30 tháng Chạp)' },
      { date: '2024-02-10', name: 'Tết Nguyên đán (mùng 1)' },
      { date: '2024-02-11', name: 'Tết Nguyên đán (mùng 2)' },
      { date: '2024-02-12', name: 'Tết Nguyên đán (mùng 3)' },
      { date: '2024-02-13', name: 'Nghỉ bù Tết Nguyên đán (mùng 1), trùng Thứ Bảy' },
      { date: '2024-02-14', name: 'Nghỉ bù Tết Nguyên đán (mùng 2), trùng Chủ nhật' },
      { date: '2024-04-18', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù Thứ Bảy 04/05)' },
      { date: '2024-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2024-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2024-09-02', name: 'Quốc khánh (2/9)' },
      { date: '2024-09-03', name: 'Quốc khánh (ngày liền kề 3/9)' },
    ],
    workingDays: [{ date: '2024-05-04', name: 'Làm bù cho ngày nghỉ 29/04' }],
  },
  {
    year: 2025,
    status: 'official',
    source: 'TB 6150/TB-LĐTBXH 03/12/2024; hoán đổi 02/05 với Thứ Bảy 26/04/2025',
    holidays: [
      { date: '2025-01-01', name: 'Tết Dương lịch' },
      // Tết 25/01–02/02, of which the weekdays 27–31/01 (28 Chạp to mùng 3)
      { date: '2025-01-27', name: 'Tết Nguyên đán (28 tháng Chạp)' },
      { date: '2025-01-28', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { date: '2025-01-29', name: 'Tết Nguyên đán (mùng 1)' },
      { date: '2025-01-30', name: 'Tết Nguyên đán (mùng 2)' },
      { date: '2025-01-31', name: 'Tết Nguyên đán (mùng 3)' },
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2025-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù Thứ Bảy 26/04)' },
      { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề 1/9)' },
      { date: '2025-09-02', name: 'Quốc khánh (2/9)' },
    ],
    workingDays: [{ date: '2025-04-26', name: 'Làm bù cho ngày nghỉ 02/05' }],
  },
  {
    year: 2026,
    status: 'official',
    source: 'VPCP 12729/VPCP-KGVX 25/12/2025; TB 9441/TB-BNV 16/10/2025; hoán đổi 31/08 với Thứ Bảy 22/08/2026',
    holidays: [
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù Thứ Bảy 10/01)' },
      // Tết 14–22/02, of which the weekdays 16–20/02 (29 Chạp to mùng 4)
      { date: '2026-02-16', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)' },
      { date: '2026-02-18', name: 'Tết Nguyên đán (mùng 2)' },
      { date: '2026-02-19', name: 'Tết Nguyên đán (mùng 3)' },
      { date: '2026-02-20', name: 'Tết Nguyên đán (mùng 4)' },
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' }, // a Sunday
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2026-08-31', name: 'Nghỉ hoán đổi (làm bù Thứ Bảy 22/08)' },
      { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề 1/9)' },
      { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
    ],
    workingDays: [
      { date: '2026-01-10', name: 'Làm bù cho ngày nghỉ 02/01' },
      { date: '2026-08-22', name: 'Làm bù cho ngày nghỉ 31/08' },
    ],
  },
];
