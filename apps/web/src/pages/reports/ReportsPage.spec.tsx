import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { meWith, mockApi, renderPage } from '../admin/admin-test-kit';
import { ReportsPage } from './ReportsPage';
import type { ReportSummary } from './report-types';

const counts = { total: 4, accepted: 3, open: 2, overdue: 1, closed: 3, closedOnTime: 2, closedLate: 1, onTimeRate: 2 / 3, byStatus: { open: 2, RECOGNISED: 2 } };
const unit = { orgUnitId: 'unit-cdvc', orgUnitName: 'Công đoàn Viên chức tỉnh Gia Lai' };
const summary: ReportSummary = {
  from: '2026-01-01',
  to: '2026-06-30',
  rows: [{ procedureCode: 'thanh-lap-cdcs', procedureName: 'Thành lập công đoàn cơ sở', ...unit, onTimeTarget: null, meetsTarget: null, ...counts }],
  totals: counts,
};
const denunciations = { total: 5, accepted: 5, open: 1, overdue: 1, closed: 4, closedOnTime: 3, closedLate: 1, onTimeRate: 0.75, byStatus: { open: 1, RESOLVED: 4 } };
const withDenunciations: ReportSummary = {
  ...summary,
  rows: [...summary.rows, { procedureCode: 'to-cao', procedureName: 'Giải quyết tố cáo', ...unit, onTimeTarget: 1, meetsTarget: false, ...denunciations }],
};

/** The statistic cards, once the figures arrived. */
const figures = () => screen.findByRole('group', { name: 'Số liệu tổng hợp' });

describe('ReportsPage', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:report');
    URL.revokeObjectURL = jest.fn();
  });

  const setup = () =>
    mockApi({
      '/api/me': { body: meWith(['leader']) },
      '/api/procedures': { body: [{ code: 'thanh-lap-cdcs', name: 'Thành lập công đoàn cơ sở', version: 1, steps: [] }] },
      '/api/org-units': { body: { items: [{ id: 'unit-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'upper-grassroots', parentId: null }] } },
      '/api/reports/summary?': { body: summary },
      '/api/reports/summary.csv': { file: { text: '\uFEFFThủ tục', headers: { 'content-disposition': 'attachment; filename="bao-cao.csv"' } } },
    });

  it('shows the figures with the on-time rate as a percentage and in words, overdue in words', async () => {
    const fetchMock = setup();
    renderPage(<ReportsPage />, '/reports?from=2026-01-01&to=2026-06-30&procedureCode=thanh-lap-cdcs');
    const cards = within(await figures());
    expect(cards.getByText('66,7%')).toBeInTheDocument();
    expect(cards.getByText('2/3 hồ sơ đã kết thúc đúng hạn')).toBeInTheDocument();
    expect(cards.getByText('1 hồ sơ đang giải quyết đã quá hạn')).toBeInTheDocument();
    expect(screen.getByText('Hồ sơ tiếp nhận từ 01/01/2026 đến 30/06/2026 thuộc các đơn vị bạn được xem.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/reports/summary?from=2026-01-01&to=2026-06-30&procedureCode=thanh-lap-cdcs', expect.anything());
  });

  it('exports CSV with the filters on screen', async () => {
    const fetchMock = setup();
    renderPage(<ReportsPage />, '/reports?from=2026-01-01&to=2026-06-30&procedureCode=thanh-lap-cdcs&orgUnitId=unit-cdvc');
    await figures();
    fireEvent.click(screen.getByRole('button', { name: /Xuất CSV/ }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    expect(fetchMock).toHaveBeenCalledWith('/api/reports/summary.csv?from=2026-01-01&to=2026-06-30&procedureCode=thanh-lap-cdcs&orgUnitId=unit-cdvc', expect.anything());
  });

  it("says the server's refusal of an export next to the buttons", async () => {
    mockApi({
      '/api/me': { body: meWith(['leader']) },
      '/api/reports/summary?': { body: summary },
      '/api/reports/summary.xlsx': { status: 400, body: { statusCode: 400, error: 'VALIDATION_FAILED', message: "Trường 'to' không được trước ngày bắt đầu" } },
    });
    renderPage(<ReportsPage />, '/reports?from=2026-01-01&to=2026-06-30');
    await figures();
    fireEvent.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Chưa xuất được báo cáo: Trường 'to' không được trước ngày bắt đầu");
  });

  it('holds complaints and denunciations to their 100% on-time target, and says it is missed', async () => {
    mockApi({ '/api/me': { body: meWith(['leader']) }, '/api/reports/summary?': { body: withDenunciations } });
    renderPage(<ReportsPage />, '/reports?from=2026-01-01&to=2026-06-30');
    const cards = within(await figures());
    expect(cards.getByText('Khiếu nại, tố cáo giải quyết đúng hạn')).toBeInTheDocument();
    expect(cards.getByText('Chỉ tiêu 100%: 3/4 vụ việc đã giải quyết đúng hạn')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Giải quyết tố cáo/ });
    expect(row).toHaveTextContent('(chỉ tiêu 100%)');
    expect(row).toHaveTextContent('✗ chưa đạt chỉ tiêu');
    expect(screen.getByRole('columnheader', { name: 'Đã thụ lý' })).toBeInTheDocument();
  });
});
