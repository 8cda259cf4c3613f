import { Workbook } from 'exceljs';
import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { type ErrorBody, eventually, fieldRules } from '../support/http-checks';

interface Counts {
  total: number;
  open: number;
  overdue: number;
  closed: number;
  closedOnTime: number;
  onTimeRate: number | null;
  byStatus: Record<string, number>;
}
interface Summary {
  from: string;
  to: string;
  rows: (Counts & { procedureCode: string; orgUnitId: string; orgUnitName: string })[];
  totals: Counts;
}
interface InboxItem {
  id: string;
  caseId: string;
  stepKey: string;
  kind: string;
}

const today = vietnamDate(new Date());
const monthsAgo = addDays(today, -60);
// Explicit, so the scenario's cases (one received two months ago) are in the period whatever today's date is.
const period = `from=${addDays(today, -90)}&to=${today}`;

describe('the summary report: counts, on-time rate, CSV and Excel (PostgreSQL, Temporal dev server, in-process worker)', () => {
  let stack: TestStack;
  const token: Record<string, string> = {};
  let cdvcId: string;

  const get = <T>(path: string, who: string) => stack.request<T>('GET', path, { token: token[who] });
  const download = (path: string, who: string) => fetch(`${stack.baseUrl}${path}`, { headers: { authorization: `Bearer ${token[who]}` } });
  const open = async (title: string, receivedAt?: string) => {
    const res = await stack.request<{ id: string }>('POST', '/api/cases', {
      token: token.canbo,
      body: {
        procedureCode: 'thanh-lap-cdcs',
        orgUnitId: cdvcId,
        title,
        ...(receivedAt ? { receivedAt } : {}),
        data: { unitName: title, memberCount: 20, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }] },
      },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const inboxTask = (who: string, caseId: string, stepKey: string) =>
    eventually(async () => {
      const inbox = await get<{ items: InboxItem[] }>('/api/tasks', who);
      return inbox.body.items.find((t) => t.caseId === caseId && t.stepKey === stepKey && t.kind === 'action');
    }, `${stepKey} in ${who}'s inbox`);
  const act = async (who: string, caseId: string, stepKey: string, action: string) => {
    const task = await inboxTask(who, caseId, stepKey);
    expect((await stack.request('POST', `/api/tasks/${task.id}/actions`, { token: token[who], body: { action } })).status).toBe(200);
  };
  const closeThroughTheSteps = async (caseId: string) => {
    await act('canbo', caseId, 'kiem-tra-ho-so', 'approve');
    await act('chutich', caseId, 'xet-duyet', 'approve');
    await act('vanthu', caseId, 'ban-hanh-quyet-dinh', 'issue');
    await eventually(async () => ((await get<{ status: string }>(`/api/cases/${caseId}`, 'canbo')).body.status === 'RECOGNISED' ? true : undefined), 'the case to close');
  };

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    for (const who of ['admin', 'canbo', 'chutich', 'vanthu', 'cdcs', 'lanhdao']) token[who] = await stack.login(who);
    cdvcId = (await get<{ items: { id: string; code: string }[] }>('/api/org-units', 'admin')).body.items.find((u) => u.code === 'CĐVC')!.id;

    // Each open case waits until its first step (and so its due date) is recorded.
    const inTime = await open('Công ty Cà phê Đắk Đoa'); // open, within its period
    await inboxTask('canbo', inTime, 'kiem-tra-ho-so');
    const late = await open('Công ty May Pleiku', monthsAgo); // open, its dossier check overdue
    await inboxTask('canbo', late, 'kiem-tra-ho-so');
    const onTime = await open('Trường Tiểu học Lê Lợi'); // closed, every step in time
    await closeThroughTheSteps(onTime);
    const closedLate = await open('Bệnh viện Đa khoa', monthsAgo); // closed, the dossier check done weeks after its due date
    await closeThroughTheSteps(closedLate);
  });
  afterAll(() => stack?.stop());

  it('counts the cases per procedure and unit: open, overdue, closed, closed on time and the rate', async () => {
    const res = await get<Summary>(`/api/reports/summary?${period}`, 'canbo');
    expect(res.status).toBe(200);
    // Accepted: the two whose dossier check issued its thông báo tiếp nhận (the open ones are still being checked).
    const expected = { total: 4, accepted: 2, open: 2, overdue: 1, closed: 2, closedOnTime: 1, closedLate: 1, onTimeRate: 0.5, byStatus: { open: 2, RECOGNISED: 2 } };
    expect(res.body).toEqual({
      from: addDays(today, -90),
      to: today,
      rows: [{ procedureCode: 'thanh-lap-cdcs', procedureName: expect.stringContaining('Thành lập'), orgUnitId: cdvcId, orgUnitName: expect.stringContaining('Viên chức'), onTimeTarget: null, meetsTarget: null, ...expected }],
      totals: expected,
    });
    // The units above see the same cases; the filters narrow them.
    expect((await get<Summary>(`/api/reports/summary?${period}`, 'lanhdao')).body.totals).toEqual(expected);
    expect((await get<Summary>(`/api/reports/summary?${period}&procedureCode=thanh-lap-cdcs&orgUnitId=${cdvcId}`, 'canbo')).body.totals.total).toBe(4);
    expect((await get<Summary>(`/api/reports/summary?from=${today}&to=${today}`, 'canbo')).body.totals).toMatchObject({ total: 2, open: 1, overdue: 0, closed: 1, closedOnTime: 1, onTimeRate: 1 });
  });

  it('shows a user of another unit none of them', async () => {
    const res = await get<Summary>(`/api/reports/summary?${period}`, 'cdcs');
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([]);
    expect(res.body.totals).toEqual({ total: 0, accepted: 0, open: 0, overdue: 0, closed: 0, closedOnTime: 0, closedLate: 0, onTimeRate: null, byStatus: {} });
  });

  it('covers the current year when no dates are given', async () => {
    const year = today.slice(0, 4);
    const res = await get<Summary>('/api/reports/summary', 'canbo');
    expect(res.body).toMatchObject({ from: `${year}-01-01`, to: `${year}-12-31` });
  });

  it('refuses an impossible date and a period that ends before it starts, naming the field', async () => {
    const bad = await get<ErrorBody>('/api/reports/summary?from=2026-02-30', 'canbo');
    expect(bad.status).toBe(400);
    expect(fieldRules(bad.body)).toEqual(['from:isCalendarDate']);
    expect(bad.body.message).toContain("'from'");
    const reversed = await get<ErrorBody>('/api/reports/summary?from=2026-03-02&to=2026-03-01', 'canbo');
    expect(reversed.status).toBe(400);
    expect(fieldRules(reversed.body)).toEqual(['to:notBeforeFrom']);
    expect(fieldRules((await get<ErrorBody>('/api/reports/summary.csv?to=31/12/2026', 'canbo')).body)).toEqual(['to:isCalendarDate']);
    expect(fieldRules((await get<ErrorBody>('/api/reports/summary.xlsx?orgUnitId=abc', 'canbo')).body)).toEqual(['orgUnitId:isUuid']);
  });

  it('exports CSV: UTF-8 with a BOM, a Vietnamese header, the rows and the totals, as a dated attachment', async () => {
    const res = await download(`/api/reports/summary.csv?${period}`, 'canbo');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`attachment; filename="bao-cao-tong-hop_${addDays(today, -90)}_${today}.csv"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Thủ tục,Mã thủ tục,Đơn vị,Tổng số hồ sơ tiếp nhận,Đã thụ lý,Đang giải quyết,Quá hạn,Đã kết thúc,Kết thúc đúng hạn,Kết thúc quá hạn,Tỷ lệ đúng hạn,Chỉ tiêu đúng hạn,' +
        'Trạng thái: Đang giải quyết,Trạng thái: Đã công nhận',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^"Thành lập công đoàn cơ sở, .*",thanh-lap-cdcs,.*Viên chức.*,4,2,2,1,2,1,1,50\.0,,2,2$/);
    expect(lines[2]).toMatch(/^Tổng cộng .*,,,4,2,2,1,2,1,1,50\.0,,2,2$/);
  });

  it('exports Excel: one sheet "Tổng hợp" with a bold header, the totals and the rate as a percentage', async () => {
    const res = await download(`/api/reports/summary.xlsx?${period}`, 'canbo');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`_${today}.xlsx"`);
    const book = new Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp']);
    const sheet = book.getWorksheet('Tổng hợp')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Thủ tục');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(3).width).toBeGreaterThan(20);
    const totals = sheet.getRow(sheet.rowCount);
    expect(String(totals.getCell(1).value)).toMatch(/^Tổng cộng/);
    expect([4, 5, 6, 7, 8, 9, 10].map((c) => totals.getCell(c).value)).toEqual([4, 2, 2, 1, 2, 1, 1]);
    expect(totals.getCell(11).value).toBe(0.5);
    expect(totals.getCell(11).numFmt).toBe('0.0%');
  });
});
