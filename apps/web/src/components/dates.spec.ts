import { viDate, viDateTime } from './dates';

describe('dates as Vietnamese offices write them', () => {
  it('writes a calendar date dd/mm/yyyy', () => {
    expect(viDate('2026-02-05')).toBe('05/02/2026');
    expect(viDate(null)).toBe('');
  });

  it('writes an instant in Vietnam time whatever the browser zone (UTC+7, across midnight)', () => {
    expect(viDateTime('2026-11-22T09:24:00Z')).toBe('22/11/2026 16:24');
    expect(viDateTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
  });
});
