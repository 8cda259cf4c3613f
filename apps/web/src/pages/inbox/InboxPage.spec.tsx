import { type Reply, mockApi, renderPage, requested, wideScreen } from './page-test-support';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Task } from '../../api/types';
import { InboxPage } from './InboxPage';

const PROCEDURES = [{ code: 'thanh-lap-cdcs', name: 'Thành lập công đoàn cơ sở', version: 1, steps: [] }];
const task = (over: Partial<Task>): Task => ({
  id: 't1',
  caseId: 'c1',
  caseCode: 'TL-2026-0001',
  procedureCode: 'thanh-lap-cdcs',
  stepKey: 'kiem-tra-ho-so',
  title: 'Thành lập CĐCS Công ty May Gia Lai',
  name: 'Kiểm tra hồ sơ',
  kind: 'action',
  dueAt: '2026-03-02',
  deadlineState: 'overdue',
  workingDaysLeft: -3,
  allowedActions: ['approve', 'return'],
  ...over,
});
const SUMMARY = { total: 7, byState: { overdue: 2, due_soon: 1, on_time: 3, paused: 1 }, byProcedure: [{ procedureCode: 'thanh-lap-cdcs', count: 7 }] };

/** The API of these tests: the catalog, the summary, and inbox pages chosen by `inbox(path)`. */
const api = (inbox: (path: string) => Reply['body']) =>
  mockApi((path) => {
    if (path === '/procedures') return { body: PROCEDURES };
    if (path.startsWith('/tasks/summary')) return { body: SUMMARY };
    if (path.startsWith('/tasks')) return { body: inbox(path) };
    return undefined;
  });

// Ant Design pages take seconds to render and query by role in jsdom on a busy machine: one test looks at the table,
// the others at the phone's cards (jsdom's default), which show the same rows.

describe('InboxPage', () => {
  let narrow: () => void = () => undefined;
  afterEach(() => narrow());

  it('shows each step with its deadline state in words, due date, days left, procedure, case and actions; escalations marked, with no action', async () => {
    narrow = wideScreen();
    api(() => ({
      items: [
        task({}),
        task({ id: 't2', caseId: 'c2', caseCode: 'TL-2026-0002', deadlineState: 'due_soon', workingDaysLeft: 1, dueAt: '2026-03-10', allowedActions: ['approve'] }),
        task({ id: 't3', caseId: 'c3', caseCode: 'TL-2026-0003', kind: 'escalation', allowedActions: [] }),
      ],
      nextCursor: null,
    }));
    renderPage(<InboxPage />);

    const overdue = (await screen.findByText('TL-2026-0001')).closest('tr')!;
    expect(within(overdue).getByText(/Quá hạn/)).toHaveTextContent('Quá hạn · quá 3 ngày làm việc');
    expect(within(overdue).getByText('Hạn 02/03/2026')).toBeInTheDocument();
    expect(within(overdue).getByText(/Thành lập công đoàn cơ sở/)).toBeInTheDocument();
    expect(within(overdue).getByText('Thành lập CĐCS Công ty May Gia Lai')).toBeInTheDocument();
    expect(within(overdue).getByText('Kiểm tra hồ sơ')).toBeInTheDocument();
    expect(within(overdue).getByRole('button', { name: /Đồng ý – hồ sơ TL-2026-0001/ })).toBeInTheDocument();
    expect(within(overdue).getByRole('button', { name: /Trả lại bổ sung/ })).toBeInTheDocument();

    const soon = screen.getByText('TL-2026-0002').closest('tr')!;
    expect(within(soon).getByText(/Sắp đến hạn/)).toHaveTextContent('Sắp đến hạn · còn 1 ngày làm việc');

    const escalation = screen.getByText('TL-2026-0003').closest('tr')!;
    expect(within(escalation).getByText('Chuyển cấp: quá hạn')).toBeInTheDocument();
    expect(within(escalation).queryByRole('button')).toBeNull();
  });

  it('counts the steps per deadline state on cards above the list', async () => {
    api(() => ({ items: [task({})], nextCursor: null }));
    renderPage(<InboxPage />);
    expect(await screen.findByRole('button', { name: 'Quá hạn: 2 việc (bấm để lọc)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Sắp đến hạn: 1 việc/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Đúng hạn: 3 việc/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Tạm dừng: 1 việc/ })).toBeInTheDocument();
    expect(screen.getByText('7 việc đang chờ bạn')).toBeInTheDocument();
  });

  it('filters by a state card and by procedure: the request and the page URL carry the filters', async () => {
    const fetchMock = api(() => ({ items: [task({})], nextCursor: null }));
    renderPage(<InboxPage />);
    fireEvent.click(await screen.findByRole('button', { name: /^Quá hạn: 2 việc/ }));
    await waitFor(() => expect(requested(fetchMock)).toContain('/tasks?state=overdue&limit=25'));
    expect(screen.getByTestId('location')).toHaveTextContent('/?state=overdue');
    expect(screen.getByRole('button', { name: /^Quá hạn: 2 việc \(đang lọc/ })).toHaveAttribute('aria-pressed', 'true');

    fireEvent.mouseDown(screen.getByLabelText('Thủ tục'));
    fireEvent.click(await screen.findByTitle('Thành lập công đoàn cơ sở (7)'));
    await waitFor(() => expect(requested(fetchMock)).toContain('/tasks?procedureCode=thanh-lap-cdcs&state=overdue&limit=25'));
    expect(requested(fetchMock)).toContain('/tasks/summary?procedureCode=thanh-lap-cdcs');
    expect(screen.getByTestId('location')).toHaveTextContent('/?state=overdue&procedureCode=thanh-lap-cdcs');
  });

  it('starts from the filters in the URL', async () => {
    const fetchMock = api(() => ({ items: [], nextCursor: null }));
    renderPage(<InboxPage />, '/?state=paused');
    expect(await screen.findByText('Không có việc nào khớp bộ lọc')).toBeInTheDocument();
    expect(requested(fetchMock)).toContain('/tasks?state=paused&limit=25');
    fireEvent.click(screen.getAllByRole('button', { name: 'Bỏ lọc' })[0]);
    await waitFor(() => expect(requested(fetchMock)).toContain('/tasks?limit=25'));
  });

  it('appends the next page on "Xem thêm", keeping the first', async () => {
    const fetchMock = api((path) =>
      path.includes('cursor=') ? { items: [task({ id: 't9', caseId: 'c9', caseCode: 'TL-2026-0009' })], nextCursor: null } : { items: [task({})], nextCursor: 'next-1' },
    );
    renderPage(<InboxPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('TL-2026-0009')).toBeInTheDocument();
    expect(screen.getByText('TL-2026-0001')).toBeInTheDocument();
    expect(requested(fetchMock)).toContain('/tasks?limit=25&cursor=next-1');
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it('opens the case page on the task from a row or an action', async () => {
    api(() => ({ items: [task({})], nextCursor: null }));
    renderPage(<InboxPage />);
    fireEvent.click(await screen.findByRole('button', { name: /Đồng ý – hồ sơ TL-2026-0001/ }));
    expect(screen.getByTestId('location')).toHaveTextContent('/cases/c1?task=t1&action=approve');
  });

  it('shows cards instead of a table on a phone', async () => {
    api(() => ({ items: [task({})], nextCursor: null }));
    renderPage(<InboxPage />);
    const card = (await screen.findByText('TL-2026-0001')).closest('[role="listitem"]')!;
    expect(within(card as HTMLElement).getByText(/Quá hạn/)).toHaveTextContent('Quá hạn · quá 3 ngày làm việc');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when nothing is waiting', async () => {
    api(() => ({ items: [], nextCursor: null }));
    renderPage(<InboxPage />);
    expect(await screen.findByText('Không có việc nào đang chờ bạn')).toBeInTheDocument();
  });
});
