import { OFFICIAL_YEAR_CALENDARS } from '../calendar/official-notices';
import { WorkingCalendar } from '../calendar/working-calendar';
import { type LegalClock, clockDueDate, newClock } from '../clock/legal-clock';
import { acceptancePeriod, filingWindowEnd, initialProcessingPeriod, legalEffectFrom, resolutionPeriod, secondInstanceWindowEnd } from './complaint-periods';
import { extensionsAllowed } from './grounds';

// 2027 is not announced yet: its days off are computed (Tết 05/02 and 08–11/02, as domain §10 assumes).
const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);
const due = (clock: LegalClock) => clockDueDate(calendar, clock);
const period = (start: string, p: { amount: number; unit: 'working_days' | 'calendar_days' }) => due(newClock(start, p.amount, p.unit));

describe('complaint periods (domain §6, §10)', () => {
  it('accepts within 10 days of receipt: #1 calendar mode Thu 04/02/2027, #2 working mode Mon 15/02/2027 across Tết', () => {
    expect(period('2027-01-25', acceptancePeriod('calendar_days'))).toBe('2027-02-04');
    expect(period('2027-01-25', acceptancePeriod())).toBe('2027-02-15');
  });

  it('resolves within 30 days of acceptance: #3 ends on Tết (05/02), so Fri 12/02/2027 (BLDS 148(5))', () => {
    expect(period('2027-01-06', resolutionPeriod(1, false, false))).toBe('2027-02-12');
  });

  it.each([
    [1, false, false, 30],
    [1, true, false, 45],
    [1, false, true, 45],
    [1, true, true, 60],
    [2, false, false, 45],
    [2, true, false, 60],
    [2, false, true, 60],
    [2, true, true, 70],
  ] as const)('instance %i, complex %s, remote %s: %i days', (instance, complex, remote, days) => {
    expect(resolutionPeriod(instance, complex, remote)).toEqual({ amount: days, unit: 'calendar_days' });
  });

  it('closes the 90-day filing window later by the days lost to obstacles, and on a working day', () => {
    expect(filingWindowEnd(calendar, '2026-09-01')).toBe('2026-11-30');
    expect(filingWindowEnd(calendar, '2026-09-01', 10)).toBe('2026-12-10');
    // 90 days from 01/11/2026 end on Sat 30/01/2027: the window closes on Mon 01/02.
    expect(filingWindowEnd(calendar, '2026-11-01')).toBe('2027-02-01');
  });

  it('gives 30 days (45 remote) for a second complaint and the legal effect the day after', () => {
    expect(secondInstanceWindowEnd(calendar, '2026-12-15', false)).toBe('2027-01-14');
    expect(secondInstanceWindowEnd(calendar, '2026-12-15', true)).toBe('2027-01-29');
    expect(legalEffectFrom(calendar, '2026-12-15', 1, false)).toBe('2027-01-15');
    expect(legalEffectFrom(calendar, '2027-01-06', 1, false)).toBe('2027-02-13'); // the 30th day is Tết: it ends on 12/02
  });
});

describe('denunciation periods (domain §7, §10)', () => {
  it('processes in 7 working days, 10 for several places: #8 received Mon 01/02/2027 → Wed 17/02, Mon 22/02', () => {
    expect(period('2027-02-01', initialProcessingPeriod(1))).toBe('2027-02-17');
    expect(period('2027-02-01', initialProcessingPeriod(3))).toBe('2027-02-22');
  });

  it('does not count a suspension, then adds an extension, across the new year and Tết 2027', () => {
    const clock = newClock('2027-01-06', 30, 'calendar_days');
    expect(due(clock)).toBe('2027-02-12');
    clock.pauses.push({ from: '2027-01-20', reason: 'chờ giám định' });
    expect(due(clock)).toBeUndefined(); // suspended: no due date
    clock.pauses[0].to = '2027-02-01';
    // 12 days not counted: the raw end moves from 05/02 to 17/02 (a working day), not 12/02 + 12.
    expect(due(clock)).toBe('2027-02-17');
    clock.extensions.push({ amount: 30, reason: 'phức tạp' });
    expect(due(clock)).toBe('2027-03-19');
  });

  it('allows one extension for one complexity criterion, two for two or more, none without', () => {
    expect(extensionsAllowed([])).toBe(0);
    expect(extensionsAllowed(['nhieu-nguoi-to-cao'])).toBe(1);
    expect(extensionsAllowed(['nhieu-nguoi-to-cao', 'yeu-to-nuoc-ngoai', 'nhieu-co-quan'])).toBe(2);
    expect(extensionsAllowed(['nhieu-nguoi-to-cao', 'nhieu-nguoi-to-cao', 'made-up'])).toBe(1);
  });
});
