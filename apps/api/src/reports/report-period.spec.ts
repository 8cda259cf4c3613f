import { ValidationFailed } from '@congdoan/domain';
import { reportPeriod } from './report-period';

describe('reportPeriod', () => {
  it('defaults to the current year, and a missing end to the other end’s year', () => {
    expect(reportPeriod({}, '2026-05-20')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(reportPeriod({ from: '2025-04-01' }, '2026-05-20')).toEqual({ from: '2025-04-01', to: '2025-12-31' });
    expect(reportPeriod({ to: '2024-06-30' }, '2026-05-20')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
  });

  it('refuses a period that ends before it starts, naming `to`', () => {
    expect(reportPeriod({ from: '2026-03-01', to: '2026-03-01' }, '2026-05-20')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    const refused = (() => {
      try {
        reportPeriod({ from: '2026-03-02', to: '2026-03-01' }, '2026-05-20');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ValidationFailed);
    expect((refused as ValidationFailed).details).toEqual([expect.objectContaining({ field: 'to', rule: 'notBeforeFrom' })]);
  });
});
