import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buttonNamed, meWith, mockApi, renderPage } from './admin-test-kit';
import { CalendarPage } from './CalendarPage';
import type { YearCalendar } from './calendar-model';


const PROVISIONAL_2026: YearCalendar = {
  year: 2026,
  status: 'provisional',
  source: 'Dự kiến theo BLLĐ 2019 Điều 111–112, chưa có thông báo chính thức của năm',
  holidays: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
  ],
  workingDays: [],
};

// Role queries are slow on a page of 365 day buttons: these find things by text and label instead.
const button = buttonNamed;
const openDialog = async (title: string) => (await screen.findByText(title)).closest('.ant-modal') as HTMLElement;
async function save() {
  fireEvent.click(button('Lưu lịch năm 2026'));
  await waitFor(() => expect(button('Lưu', document.querySelector('.ant-popover') as HTMLElement)).toBeDefined());
  fireEvent.click(button('Lưu', document.querySelector('.ant-popover') as HTMLElement));
}
const day = (date: string) => document.querySelector(`button[data-date="${date}"]`) as HTMLButtonElement;

describe('CalendarPage', () => {
  it('marks the holidays in words, as provisional, and sends the PUT with a day added', async () => {
    let putBody: unknown;
    const fetchMock = mockApi({
      '/api/me': { body: meWith(['admin']) },
      '/api/calendar/years/2026': (_url, init) => {
        if (init?.method !== 'PUT') return { body: PROVISIONAL_2026 };
        putBody = JSON.parse(String(init.body));
        return { body: { ...PROVISIONAL_2026, ...(putBody as object), status: 'official', source: 'Nhập bởi quản trị viên' } };
      },
    });
    renderPage(<CalendarPage />, '/admin/calendar?year=2026');

    const january = await screen.findByLabelText('Ngày nghỉ, ngày làm bù trong tháng 1');
    expect(january).toHaveTextContent('01/01 Tết Dương lịch · Ngày nghỉ (dự kiến)');
    expect(day('2026-01-01')).toHaveAccessibleName('Thứ Năm, 01/01/2026 — Ngày nghỉ: Tết Dương lịch — dự kiến');
    expect(day('2026-01-01')).toHaveTextContent('1Nghỉ');
    expect(screen.getByText('Dự kiến')).toBeInTheDocument();

    fireEvent.click(day('2026-01-02'));
    const dialog = await openDialog('Thứ Sáu, 02/01/2026');
    expect(within(dialog).getByLabelText(/Ngày làm bù/)).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText('Tên ngày'), { target: { value: 'Nghỉ bù Tết Dương lịch' } });
    fireEvent.click(button('Áp dụng', dialog));

    await waitFor(() => expect(january).toHaveTextContent('02/01 Nghỉ bù Tết Dương lịch · Ngày nghỉ * chưa lưu'));
    expect(screen.getByText('* 1 ngày đã thay đổi, chưa lưu')).toBeInTheDocument();

    await save();
    await waitFor(() => expect(putBody).toBeDefined());
    expect(putBody).toEqual({
      holidays: [
        { date: '2026-01-01', name: 'Tết Dương lịch' },
        { date: '2026-01-02', name: 'Nghỉ bù Tết Dương lịch' },
        { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
      ],
      workingDays: [],
    });
    expect(fetchMock).toHaveBeenCalledWith('/api/calendar/years/2026', expect.objectContaining({ method: 'PUT' }));
    expect(await screen.findByText('✓ Chính thức')).toBeInTheDocument();
  });

  it("shows the server's refusal beside Save and keeps the edits", async () => {
    mockApi({
      '/api/me': { body: meWith(['admin']) },
      '/api/calendar/years/2026': (_url, init) =>
        init?.method === 'PUT'
          ? { status: 400, body: { statusCode: 400, error: 'VALIDATION_FAILED', message: "Trường 'workingDays.0.date': ngày làm bù phải là Thứ Bảy hoặc Chủ nhật", details: [{ field: 'workingDays.0.date', rule: 'weekend', message: 'x', messageEn: 'x' }] } }
          : { body: PROVISIONAL_2026 },
    });
    renderPage(<CalendarPage />, '/admin/calendar?year=2026');
    await screen.findByLabelText('Ngày nghỉ, ngày làm bù trong tháng 1');
    fireEvent.click(day('2026-01-03'));
    const dialog = await openDialog('Thứ Bảy, 03/01/2026');
    fireEvent.click(within(dialog).getByLabelText(/Ngày làm bù/));
    fireEvent.change(await within(dialog).findByLabelText('Tên ngày'), { target: { value: 'Làm bù' } });
    fireEvent.click(button('Áp dụng', dialog));
    await waitFor(() => expect(day('2026-01-03')).toHaveAttribute('data-mark', 'workingDay'));
    await save();
    expect(await screen.findByText(/^Chưa lưu được:/)).toHaveTextContent('Chưa lưu được: Trường \'workingDays.0.date\': ngày làm bù phải là Thứ Bảy hoặc Chủ nhật');
    expect(day('2026-01-03')).toHaveAttribute('data-mark', 'workingDay');
  });

  it('tells a user who is not an administrator that the page is not for them', async () => {
    mockApi({ '/api/me': { body: meWith(['leader']) } });
    renderPage(<CalendarPage />, '/admin/calendar');
    expect(await screen.findByText('Không có quyền truy cập (403)')).toBeInTheDocument();
  });
});
