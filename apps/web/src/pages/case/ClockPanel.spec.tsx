import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseClock } from '../../api/types';
import { ClockPanel } from './ClockPanel';
import { mockApi, renderWithProviders } from './case-test-kit';

const clock: CaseClock = {
  taskId: 't1',
  stepKey: 'xet-duyet',
  start: '2026-12-25',
  budget: { amount: 10, unit: 'working_days' },
  pauses: [{ from: '2026-12-28', to: '2026-12-30', reason: 'Chờ ý kiến của Ban Chấp hành' }],
  extensions: [{ amount: 5, reason: 'Vụ việc phức tạp', decisionRef: '03/QĐ-CĐVC' }],
  dueAt: '2027-01-15',
  paused: false,
  deadlineState: 'due_soon',
  workingDaysLeft: 2,
  escalationLevel: 0,
};

const skipped = {
  start: '2026-12-25',
  due: '2027-01-14',
  skipped: [
    { date: '2026-12-26', reason: 'Thứ Bảy' },
    { date: '2027-01-01', reason: 'Tết Dương lịch' },
  ],
};

describe('ClockPanel', () => {
  it('gives the due date, the working days left in words, the period, and each pause and extension with its reason', async () => {
    const fetchMock = mockApi({ '/api/calendar/deadline': { body: skipped } });
    renderWithProviders(<ClockPanel clock={clock} stepName="Xét duyệt, quyết định công nhận" />);

    expect(screen.getByText('15/01/2027')).toBeInTheDocument();
    expect(screen.getByText(/Sắp đến hạn/)).toHaveTextContent('Sắp đến hạn · còn 2 ngày làm việc');
    expect(screen.getByText('10 ngày làm việc kể từ 25/12/2026')).toBeInTheDocument();
    expect(screen.getByText(/Từ 28\/12\/2026, tính tiếp từ 30\/12\/2026/).closest('li')).toHaveTextContent('Chờ ý kiến của Ban Chấp hành');
    expect(screen.getByText(/Thêm 5 ngày làm việc/).closest('li')).toHaveTextContent('Thêm 5 ngày làm việc theo Quyết định 03/QĐ-CĐVC: Vụ việc phức tạp');
    // The days off are counted over the whole period, extensions included.
    await screen.findByRole('button', { name: '2 ngày nghỉ không tính' });
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/calendar/deadline?start=2026-12-25&amount=15&unit=working_days');
  });

  it('lists the skipped days off with their reasons when the count is reached by keyboard', async () => {
    mockApi({ '/api/calendar/deadline': { body: skipped } });
    renderWithProviders(<ClockPanel clock={clock} stepName="Xét duyệt" />);
    const trigger = await screen.findByRole('button', { name: '2 ngày nghỉ không tính' });
    expect(screen.queryByText('01/01/2027 — Tết Dương lịch')).not.toBeInTheDocument();

    await userEvent.tab();
    await waitFor(() => expect(trigger).toHaveFocus());
    // jsdom never finishes Ant Design's opening animation, so the popover is checked for its content, not its opacity.
    expect(await screen.findByText('01/01/2027 — Tết Dương lịch')).toBeInTheDocument();
    expect(screen.getByText('26/12/2026 — Thứ Bảy')).toBeInTheDocument();
  });

  it('opens the same list on mouse hover', async () => {
    mockApi({ '/api/calendar/deadline': { body: skipped } });
    renderWithProviders(<ClockPanel clock={clock} stepName="Xét duyệt" />);
    await userEvent.hover(await screen.findByRole('button', { name: '2 ngày nghỉ không tính' }));
    expect(await screen.findByText('01/01/2027 — Tết Dương lịch')).toBeInTheDocument();
  });

  it('says there is no due date while the clock is paused', async () => {
    mockApi({ '/api/calendar/deadline': { body: { ...skipped, skipped: [] } } });
    renderWithProviders(<ClockPanel clock={{ ...clock, dueAt: null, paused: true, deadlineState: 'paused', workingDaysLeft: null, pauses: [{ from: '2026-12-28', reason: 'Tạm đình chỉ theo Điều 34' }] }} stepName="Xét duyệt" />);
    expect(screen.getByText('Chưa có hạn: thời hạn đang tạm dừng')).toBeInTheDocument();
    expect(screen.getByText(/Tạm dừng/, { selector: '[data-deadline-state] *, [data-deadline-state]' })).toBeInTheDocument();
    expect(screen.getByText(/Từ 28\/12\/2026 \(đang tạm dừng\)/).closest('li')).toHaveTextContent('Tạm đình chỉ theo Điều 34');
    expect(await screen.findByText('Không có ngày nghỉ nào trong thời hạn')).toBeInTheDocument();
  });
});
