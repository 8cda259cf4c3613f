import { mockApi, renderPage, requested, wideScreen } from '../inbox/page-test-support';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CaseSummary } from '../../api/types';
import { CasesListPage } from './CasesListPage';

const PROCEDURES = [{ code: 'thanh-lap-cdcs', name: 'Thành lập công đoàn cơ sở', version: 1, steps: [] }];
const aCase = (over: Partial<CaseSummary>): CaseSummary => ({
  id: 'c1',
  code: 'TL-2026-0001',
  procedureCode: 'thanh-lap-cdcs',
  status: 'open',
  orgUnitId: 'u1',
  title: 'Thành lập CĐCS Công ty May Gia Lai',
  receivedAt: '2026-02-03',
  legalDueDate: '2000-01-10',
  createdAt: '2026-02-03T01:00:00.000000Z',
  closedAt: null,
  ...over,
});
const api = (answer: (path: string) => unknown) =>
  mockApi((path) => (path === '/procedures' ? { body: PROCEDURES } : path.startsWith('/cases') ? { body: answer(path) } : undefined));


describe('CasesListPage', () => {
  let narrow: () => void = () => undefined;
  afterEach(() => narrow());

  it('lists code (a link), title, procedure, dates and status in words', async () => {
    narrow = wideScreen();
    api(() => ({ items: [aCase({}), aCase({ id: 'c2', code: 'TL-2026-0002', status: 'RECOGNISED', legalDueDate: null })], nextCursor: null }));
    renderPage(<CasesListPage />, '/cases', '/cases');
    const row = (await screen.findByRole('link', { name: 'TL-2026-0001' })).closest('tr')!;
    expect(screen.getByRole('link', { name: 'TL-2026-0001' })).toHaveAttribute('href', '/cases/c1');
    expect(within(row).getByText('Thành lập công đoàn cơ sở')).toBeInTheDocument();
    expect(within(row).getByText('03/02/2026')).toBeInTheDocument();
    expect(within(row).getByText('10/01/2000')).toBeInTheDocument();
    expect(within(row).getByText(/đã quá hạn/)).toBeInTheDocument();
    expect(within(row).getByText('Đang giải quyết')).toBeInTheDocument();
    const closed = screen.getByRole('link', { name: 'TL-2026-0002' }).closest('tr')!;
    expect(within(closed).getByText('Đã công nhận')).toBeInTheDocument();
    expect(within(closed).queryByText(/quá hạn/)).toBeNull();
  });

  it('searches and filters by status through the URL, keeping the words typed', async () => {
    const fetchMock = api(() => ({ items: [aCase({})], nextCursor: null }));
    renderPage(<CasesListPage />, '/cases', '/cases');
    const box = await screen.findByLabelText('Tìm hồ sơ');
    fireEvent.change(box, { target: { value: 'May Gia Lai' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(requested(fetchMock)).toContain('/cases?q=May+Gia+Lai&limit=25'));
    expect(screen.getByTestId('location')).toHaveTextContent('/cases?q=May+Gia+Lai');
    expect(box).toHaveValue('May Gia Lai');

    fireEvent.mouseDown(screen.getByLabelText('Trạng thái'));
    fireEvent.click(await screen.findByTitle('Không chấp thuận'));
    await waitFor(() => expect(requested(fetchMock)).toContain('/cases?q=May+Gia+Lai&status=REJECTED&limit=25'));
  });

  it('appends the next page on "Xem thêm"', async () => {
    const fetchMock = api((path) =>
      path.includes('cursor=') ? { items: [aCase({ id: 'c9', code: 'TL-2026-0009' })], nextCursor: null } : { items: [aCase({})], nextCursor: 'next-1' },
    );
    renderPage(<CasesListPage />, '/cases', '/cases');
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('TL-2026-0009')).toBeInTheDocument();
    expect(screen.getByText('TL-2026-0001')).toBeInTheDocument();
    expect(requested(fetchMock)).toContain('/cases?limit=25&cursor=next-1');
  });

  it('says so when nothing matches the search', async () => {
    api(() => ({ items: [], nextCursor: null }));
    renderPage(<CasesListPage />, '/cases?q=zzz', '/cases');
    expect(await screen.findByText('Không tìm thấy hồ sơ nào khớp điều kiện')).toBeInTheDocument();
    expect(screen.getByLabelText('Tìm hồ sơ')).toHaveValue('zzz');
  });
});
