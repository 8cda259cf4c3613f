import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { ADDITION, CHAIR_ME, COMMITTEE } from './procedure-fixtures';
import { type Answer, FOUNDING, UNBUILT, mockApi, renderStart } from './start-test-kit';


/** The card (article) of a procedure, found by its name. */
const cardOf = async (name: string) => (await screen.findByText(name, { selector: 'h2' })).closest('article') as HTMLElement;

describe('the procedure catalog (/start)', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('shows each step in order with who acts and its legal period, and the dossier checklist', async () => {
    mockApi();
    renderStart('/start');
    const card = await cardOf(FOUNDING.name);
    const steps = within(card).getAllByRole('listitem').slice(0, FOUNDING.steps.length);
    expect(steps.map((li) => li.textContent)).toEqual([
      'Tiếp nhận, kiểm tra hồ sơNgười thực hiện: Cán bộ Ban Tổ chức · Thời hạn: 5 ngày làm việc',
      'Chờ bổ sung hồ sơNgười thực hiện: Cán bộ Ban Tổ chức · Thời hạn: 30 ngày',
      'Xét duyệt, quyết định công nhậnNgười thực hiện: Lãnh đạo · Thời hạn: 10 ngày làm việc',
      'Vào số, ban hành quyết định công nhậnNgười thực hiện: Văn thư · Thời hạn: 1 ngày làm việc',
    ]);
    expect(within(card).getByText('(3 thành phần, 2 bắt buộc)')).toBeInTheDocument();
    const optional = within(card).getByText('Báo cáo tình hình sử dụng lao động').closest('li')!;
    expect(optional).toHaveTextContent('Không bắt buộc');
    expect(within(card).getByText('Biên bản đại hội thành lập công đoàn cơ sở').closest('li')).toHaveTextContent('Bắt buộc');
  });

  it('opens the founding form from its card', async () => {
    const user = userEvent.setup({ delay: null });
    mockApi();
    renderStart('/start');
    const card = await cardOf(FOUNDING.name);
    await user.click(within(card).getByText('Khởi tạo hồ sơ').closest('button')!);
    expect(await screen.findByLabelText('Tên đơn vị, doanh nghiệp')).toBeInTheDocument();
  });

  it('shows a procedure without a form yet, without the button', async () => {
    mockApi();
    renderStart('/start');
    const card = await cardOf(UNBUILT.name);
    expect(within(card).getByText('Biểu mẫu đang được xây dựng')).toBeInTheDocument();
    expect(within(card).queryByText('Khởi tạo hồ sơ')).not.toBeInTheDocument();
    expect(within(card).getByText(/Người thực hiện: Cán bộ Ban Tổ chức · Thời hạn: 10 ngày làm việc/)).toBeInTheDocument();
    expect(within(card).getByText('Chưa có danh mục thành phần hồ sơ.')).toBeInTheDocument();
  });

  it('offers each user the procedures their roles open: the CĐCS chair its committee dossiers, the others on request', async () => {
    const user = userEvent.setup({ delay: null });
    mockApi((call) => (call.path === '/me' ? { status: 200, body: CHAIR_ME } : undefined));
    renderStart('/start');
    expect(await cardOf(COMMITTEE.name)).toBeInTheDocument();
    expect(await cardOf(ADDITION.name)).toBeInTheDocument();
    expect(screen.queryByText(FOUNDING.name, { selector: 'h2' })).not.toBeInTheDocument();
    await user.click(screen.getByText(/Xem \d+ thủ tục khác/).closest('button')!);
    const founding = await cardOf(FOUNDING.name);
    expect(within(founding).getByText('Hồ sơ của thủ tục này do Cán bộ Ban Tổ chức khởi tạo.')).toBeInTheDocument();
    expect(within(founding).queryByText('Khởi tạo hồ sơ')).not.toBeInTheDocument();
  });

  it('offers a retry when the catalog cannot be fetched', async () => {
    const user = userEvent.setup({ delay: null });
    const answers: Answer[] = ['network'];
    mockApi((call) => (call.path === '/procedures' ? answers.shift() : undefined));
    renderStart('/start');
    await user.click((await screen.findByText('Thử lại')).closest('button')!);
    expect(await cardOf(FOUNDING.name)).toBeInTheDocument();
  });

  it('says when a procedure has no form yet, or does not exist, at its own address', async () => {
    mockApi();
    const { unmount } = renderStart('/start/thoi-chuc');
    expect(await screen.findByText('Biểu mẫu đang được xây dựng')).toBeInTheDocument();
    unmount();
    renderStart('/start/khong-co');
    expect(await screen.findByText('Không có thủ tục này')).toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    act(() => setLanguage('en'));
    mockApi();
    renderStart('/start');
    const card = await cardOf(FOUNDING.name);
    expect(within(card).getByText('Who acts: Organisation Department officer · Period: 30 days')).toBeInTheDocument();
    expect(within(card).getByText('Open a case')).toBeInTheDocument();
  });
});
