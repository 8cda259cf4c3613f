import { ValidationFailed } from '../domain-error';
import { DeadlineRequest, computeDeadline } from './deadline';
import { OFFICIAL_YEAR_CALENDARS } from './official-notices';
import { WorkingCalendar } from './working-calendar';

/** Real 2024–2026 notices; 2027 is computed (the calendar assumed in procedures.md §10). */
const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);
const due = (start: string, amount: number, unit: DeadlineRequest['unit']) => computeDeadline(calendar, { start, amount, unit }).due;

describe('computeDeadline: the worked examples of procedures.md §10', () => {
  it('#1 KN received Mon 25/01/2027, 10 days → Thu 04/02/2027', () => {
    expect(computeDeadline(calendar, { start: '2027-01-25', amount: 10, unit: 'calendar_days' })).toEqual({
      start: '2027-01-25',
      due: '2027-02-04',
      skipped: [],
    });
  });

  it('#2 same, 10 working days → Mon 15/02/2027, across Tết', () => {
    const result = computeDeadline(calendar, { start: '2027-01-25', amount: 10, unit: 'working_days' });
    expect(result.due).toBe('2027-02-15');
    expect(result.skipped).toEqual([
      { date: '2027-01-30', reason: 'Thứ Bảy' },
      { date: '2027-01-31', reason: 'Chủ nhật' },
      { date: '2027-02-05', reason: 'Tết Nguyên đán (29 tháng Chạp)' },
      { date: '2027-02-06', reason: 'Tết Nguyên đán (mùng 1)' },
      { date: '2027-02-07', reason: 'Tết Nguyên đán (mùng 2)' },
      { date: '2027-02-08', reason: 'Tết Nguyên đán (mùng 3)' },
      { date: '2027-02-09', reason: 'Tết Nguyên đán (mùng 4)' },
      { date: '2027-02-10', reason: 'Nghỉ bù Tết Nguyên đán (mùng 1), trùng Thứ Bảy' },
      { date: '2027-02-11', reason: 'Nghỉ bù Tết Nguyên đán (mùng 2), trùng Chủ nhật' },
      { date: '2027-02-13', reason: 'Thứ Bảy' },
      { date: '2027-02-14', reason: 'Chủ nhật' },
    ]);
  });

  it('#3 KN accepted Wed 06/01/2027, 30 days: the last day 05/02 is Tết, so the period ends Fri 12/02/2027 (BLDS 148(5))', () => {
    const result = computeDeadline(calendar, { start: '2027-01-06', amount: 30, unit: 'calendar_days' });
    expect(result.due).toBe('2027-02-12');
    expect(result.skipped.map((s) => s.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(result.skipped[0].reason).toBe('Tết Nguyên đán (29 tháng Chạp)');
  });

  it('#8 TC received Mon 01/02/2027: 7 working days → Wed 17/02, 10 → Mon 22/02/2027', () => {
    expect(due('2027-02-01', 7, 'working_days')).toBe('2027-02-17');
    expect(due('2027-02-01', 10, 'working_days')).toBe('2027-02-22');
  });

  it('#13 Thu 29/04/2027 + 10 working days → Mon 17/05/2027 (30/04, 01/05 and the compensatory 03/05 skipped)', () => {
    const result = computeDeadline(calendar, { start: '2027-04-29', amount: 10, unit: 'working_days' });
    expect(result.due).toBe('2027-05-17');
    expect(result.skipped.slice(0, 4)).toEqual([
      { date: '2027-04-30', reason: 'Ngày Chiến thắng (30/4)' },
      { date: '2027-05-01', reason: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2027-05-02', reason: 'Chủ nhật' },
      { date: '2027-05-03', reason: 'Nghỉ bù Ngày Quốc tế Lao động (1/5), trùng Thứ Bảy' },
    ]);
  });

  it('#16 (real 2026) Fri 24/04/2026 + 10 working days → Wed 13/05/2026', () => {
    const result = computeDeadline(calendar, { start: '2026-04-24', amount: 10, unit: 'working_days' });
    expect(result.due).toBe('2026-05-13');
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'Thứ Bảy',
      'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật',
      'Ngày Chiến thắng (30/4)',
      'Ngày Quốc tế Lao động (1/5)',
      'Thứ Bảy',
      'Chủ nhật',
      'Thứ Bảy',
      'Chủ nhật',
    ]);
  });
});

describe('computeDeadline: counting rules', () => {
  it('starts counting the day after the event, even when the event is on a weekend', () => {
    expect(due('2027-03-06', 1, 'working_days')).toBe('2027-03-08'); // Saturday → Monday
    expect(due('2027-03-06', 1, 'calendar_days')).toBe('2027-03-08'); // Sunday is the last day → Monday
    expect(due('2027-03-05', 1, 'working_days')).toBe('2027-03-08');
  });

  it('counts the make-up Saturday 10/01/2026 as a working day', () => {
    expect(due('2026-01-09', 1, 'working_days')).toBe('2026-01-10');
    expect(due('2026-01-03', 7, 'calendar_days')).toBe('2026-01-10'); // the last day is a Saturday, but a worked one
  });

  it('takes an amount of 0 as "the same day": due = start, nothing skipped', () => {
    expect(computeDeadline(calendar, { start: '2027-02-06', amount: 0, unit: 'calendar_days' })).toEqual({ start: '2027-02-06', due: '2027-02-06', skipped: [] });
    expect(due('2027-02-06', 0, 'working_days')).toBe('2027-02-06');
  });

  it('crosses into a computed year from an official one', () => {
    expect(due('2026-12-30', 3, 'working_days')).toBe('2027-01-05'); // 31/12 Thu, 01/01 holiday, 04/01 Mon, 05/01 Tue
  });
});

describe('computeDeadline: refusing bad input', () => {
  const problemsOf = (request: DeadlineRequest) => {
    try {
      computeDeadline(calendar, request);
    } catch (err) {
      if (err instanceof ValidationFailed) return (err.details ?? []).map((p) => `${p.field}:${p.rule}`);
      throw err;
    }
    return [];
  };

  it('refuses malformed and impossible dates', () => {
    expect(problemsOf({ start: '2027-02-30', amount: 5, unit: 'working_days' })).toEqual(['start:date']);
    expect(problemsOf({ start: '25/01/2027', amount: 5, unit: 'working_days' })).toEqual(['start:date']);
    expect(problemsOf({ start: '1899-12-31', amount: 5, unit: 'working_days' })).toEqual(['start:range']);
  });

  it('refuses negative, fractional and absurd amounts, and unknown units, all at once', () => {
    expect(problemsOf({ start: '2027-01-25', amount: -1, unit: 'working_days' })).toEqual(['amount:integer']);
    expect(problemsOf({ start: '2027-01-25', amount: 1.5, unit: 'working_days' })).toEqual(['amount:integer']);
    expect(problemsOf({ start: '2027-01-25', amount: Number.NaN, unit: 'working_days' })).toEqual(['amount:integer']);
    expect(problemsOf({ start: '2027-01-25', amount: 100_000, unit: 'working_days' })).toEqual(['amount:max']);
    expect(problemsOf({ start: 'x', amount: -1, unit: 'weeks' as 'working_days' })).toEqual(['start:date', 'amount:integer', 'unit:enum']);
  });

  it('says why in Vietnamese and in English', () => {
    try {
      computeDeadline(calendar, { start: '2027-02-30', amount: 5, unit: 'working_days' });
      throw new Error('expected a refusal');
    } catch (err) {
      const refusal = err as ValidationFailed;
      expect(refusal.kind).toBe('validation');
      expect(refusal.message).toContain('ngày có thật');
      expect(refusal.messageEn).toContain('real date');
    }
  });

  it('refuses a deadline that would fall after 2100', () => {
    expect(problemsOf({ start: '2100-12-20', amount: 30, unit: 'calendar_days' })).toEqual(['amount:range']);
    expect(problemsOf({ start: '2100-12-20', amount: 30, unit: 'working_days' })).toEqual(['amount:range']);
  });
});
