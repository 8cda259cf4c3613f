import { type TestStack, startTestStack } from '../support/api-harness';

interface Deadline {
  start: string;
  due: string;
  skipped: { date: string; reason: string }[];
}

describe('the legal calendar over HTTP', () => {
  let stack: TestStack;
  let token: string;
  let admin: string;
  beforeAll(async () => {
    stack = await startTestStack();
    token = await stack.login('ubkt');
    admin = await stack.login('admin');
  });
  afterAll(() => stack.stop());

  const deadline = (query: string) => stack.request<Deadline>('GET', `/api/calendar/deadline?${query}`, { token });

  it('counts 10 working days over the 2026 holidays exactly as announced (worked example 16)', async () => {
    const res = await deadline('start=2026-04-24&amount=10&unit=working_days');
    expect(res.status).toBe(200);
    expect(res.body.due).toBe('2026-05-13');
    const skipped = res.body.skipped.map((s) => s.date);
    expect(skipped).toEqual(expect.arrayContaining(['2026-04-27', '2026-04-30', '2026-05-01']));
    expect(res.body.skipped.find((s) => s.date === '2026-04-30')?.reason).toMatch(/30\/4/);
  });

  it('moves a calendar-day period ending on Tết to the next working day (worked example 3)', async () => {
    const res = await deadline('start=2027-01-06&amount=30&unit=calendar_days');
    expect(res.body.due).toBe('2027-02-12');
    expect(res.body.skipped.map((s) => s.date)).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-11']));
  });

  it('counts across the 30/4–1/5 holidays of 2027 from the computed calendar (worked example 13)', async () => {
    expect((await deadline('start=2027-04-29&amount=10&unit=working_days')).body.due).toBe('2027-05-17');
  });

  it('names the field and the rule for an impossible date, a negative amount and an unknown unit', async () => {
    const res = await stack.request<{ details: { field: string; rule: string; message: string }[] }>(
      'GET',
      '/api/calendar/deadline?start=2027-02-30&amount=-3&unit=weeks',
      { token },
    );
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => `${d.field}:${d.rule}`)).toEqual(['start:isCalendarDate', 'amount:min', 'unit:isIn']);
    expect(res.body.details[0].message).toBe("Trường 'start' phải là một ngày có thật, viết theo định dạng YYYY-MM-DD");
  });

  it('shows an announced year as official with its source, and a future year as provisional', async () => {
    const y2026 = await stack.request<{ status: string; source: string; workingDays: { date: string }[] }>('GET', '/api/calendar/years/2026', { token });
    expect(y2026.body).toMatchObject({ status: 'official', source: expect.stringContaining('12729/VPCP-KGVX') });
    expect(y2026.body.workingDays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    const y2027 = await stack.request<{ status: string; holidays: { date: string }[] }>('GET', '/api/calendar/years/2027', { token });
    expect(y2027.body.status).toBe('provisional');
    expect(y2027.body.holidays.map((d) => d.date)).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-08', '2027-04-16', '2027-05-03', '2027-09-03']));
    expect((await stack.request('GET', '/api/calendar/years/1800', { token })).status).toBe(400);
    expect((await stack.request('GET', '/api/calendar/years/nam-sau', { token })).status).toBe(400);
  });

  it('lets only an admin enter the official notice of a year', async () => {
    const body = { source: 'TB thử nghiệm', holidays: [{ date: '2027-02-12', name: 'Nghỉ thêm' }], workingDays: [] };
    expect((await stack.request('PUT', '/api/calendar/years/2027', { token, body })).status).toBe(403);
  });

  it('refuses an incoherent notice and keeps the year as it was', async () => {
    const res = await stack.request<{ details: { field: string; rule: string }[] }>('PUT', '/api/calendar/years/2027', {
      token: admin,
      body: {
        holidays: [{ date: '2028-01-01', name: 'Sai năm' }],
        workingDays: [{ date: '2027-03-03', name: 'Thứ Tư' }],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => `${d.field}:${d.rule}`)).toEqual(['holidays.0.date:year', 'workingDays.0.date:weekend']);
    const year = await stack.request<{ status: string }>('GET', '/api/calendar/years/2027', { token });
    expect(year.body.status).toBe('provisional');
  });

  it('applies an entered notice to every deadline computed after it', async () => {
    const notice = {
      source: 'TB 1/TB-BNV (thử nghiệm)',
      holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => ({ date, name: 'Tết Nguyên đán' })),
      workingDays: [],
    };
    const put = await stack.request<{ status: string }>('PUT', '/api/calendar/years/2027', { token: admin, body: notice });
    expect(put.status).toBe(200);
    expect(put.body.status).toBe('official');
    // 12/02 is now a day off too, so the period of worked example 3 ends on Monday 15/02.
    expect((await deadline('start=2027-01-06&amount=30&unit=calendar_days')).body.due).toBe('2027-02-15');
  });
});
