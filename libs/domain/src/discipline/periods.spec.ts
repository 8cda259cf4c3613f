import { OFFICIAL_YEAR_CALENDARS } from '../calendar/official-notices';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DISCIPLINE_FORMS } from './case-data';
import { DEFERRAL_GROUNDS, deferralGround } from './deferral';
import { DISCIPLINE_PERIODS, afterOtherDisciplineDue, ceilingProblems, isHeavier, managingBodyNoticeDue } from './periods';

const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);

describe('discipline periods (QĐ 5130 Art. 3)', () => {
  it.each([
    // 15 calendar days; a last day off moves to the next working day (BLDS 148(5))
    ['2026-03-02', '2026-03-17'],
    ['2026-03-06', '2026-03-23'], // the 15th day is Sat 21/03 → Mon 23/03
    ['2026-04-15', '2026-05-04'], // 30/04 holiday, 01/05 holiday, weekend → Mon 04/05
    ['2026-02-01', '2026-02-23'], // 16/02 Tết … 22/02 Sunday → Mon 23/02
  ])('decided %s: the managing body is told by %s', (decided, due) => {
    expect(managingBodyNoticeDue(calendar, decided)).toBe(due);
  });

  it.each([
    // 30 working days from Fri 24/04/2026, skipping Mon 27/04 (Giỗ Tổ compensatory), Thu 30/04 and Fri 01/05:
    // 28, 29 Apr (2), 4–8 May (7), 11–15 (12), 18–22 (17), 25–29 (22), 1–5 Jun (27), 8, 9, 10 Jun (30) → Wed 10/06
    ['2026-04-24', '2026-06-10'],
    // across Tết 2026 (Mon 16 – Fri 20/02 off): 3–6 Feb (4), 9–13 (9), 23–27 (14), 2–6 Mar (19), 9–13 (24),
    // 16–20 (29), Mon 23/03 (30)
    ['2026-02-02', '2026-03-23'],
  ])('after a Party or administrative discipline of %s, the union decides by %s', (prior, due) => {
    expect(afterOtherDisciplineDue(calendar, prior)).toBe(due);
  });

  it('takes the periods as configuration', () => {
    expect(managingBodyNoticeDue(calendar, '2026-03-02', { ...DISCIPLINE_PERIODS, managingBodyNoticeDays: 10 })).toBe('2026-03-12');
    expect(afterOtherDisciplineDue(calendar, '2026-04-24', { ...DISCIPLINE_PERIODS, afterOtherDisciplineWorkingDays: 2 })).toBe('2026-04-29');
  });
});

describe('never heavier than the Party or administrative discipline (Art. 3(10))', () => {
  it.each([
    ['khai-tru', 'canh-cao', true],
    ['cach-chuc', 'canh-cao', true],
    ['canh-cao', 'canh-cao', false],
    ['khien-trach', 'cach-chuc', false],
  ] as const)('%s over a prior %s: refused %s', (form, prior, refused) => {
    expect(isHeavier(form, prior)).toBe(refused);
    expect(ceilingProblems(form, { by: 'dang', form: prior }).map((p) => p.rule)).toEqual(refused ? ['HEAVIER_THAN_PRIOR_DISCIPLINE'] : []);
  });

  it('names both forms and who imposed the first', () => {
    const [p] = ceilingProblems('khai-tru', { by: 'chinh-quyen', form: 'canh-cao' }, 'data.meeting.votes.0.option');
    expect(p.field).toBe('data.meeting.votes.0.option');
    expect(p.message).toBe('Hình thức Khai trừ nặng hơn hình thức Cảnh cáo mà chính quyền, cơ quan quản lý đã áp dụng: công đoàn không được kỷ luật nặng hơn (QĐ 5130/QĐ-TLĐ Điều 3 khoản 10)');
    expect(p.messageEn).toContain('Khai trừ is heavier than the Cảnh cáo the administration imposed');
  });

  it('has nothing to compare without a prior discipline', () => {
    expect(ceilingProblems('khai-tru', undefined)).toEqual([]);
  });

  it('orders the forms lightest first', () => {
    expect(DISCIPLINE_FORMS.every((f, i) => i === 0 || isHeavier(f, DISCIPLINE_FORMS[i - 1]))).toBe(true);
  });
});

describe('deferral grounds (Art. 6(1))', () => {
  it.each([
    ['mang-thai', 'Đang mang thai'],
    ['nghi-thai-san', 'Đang nghỉ thai sản'],
    ['nuoi-con-duoi-12-thang', 'Đang nuôi con dưới 12 tháng tuổi'],
    ['om-nang-dieu-tri-noi-tru', 'Đang ốm nặng, điều trị nội trú'],
    ['tam-giu-tam-giam', 'Đang bị tạm giữ, tạm giam'],
  ])('%s: %s', (code, label) => {
    expect(deferralGround(code)).toEqual({ code, label, cite: 'QĐ 5130/QĐ-TLĐ Điều 6 khoản 1' });
  });

  it('knows only those five, with kebab-case codes', () => {
    expect(DEFERRAL_GROUNDS).toHaveLength(5);
    expect(deferralGround('nghi-phep')).toBeUndefined();
    expect(deferralGround(undefined)).toBeUndefined();
    DEFERRAL_GROUNDS.forEach((g) => expect(g.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/));
  });
});
