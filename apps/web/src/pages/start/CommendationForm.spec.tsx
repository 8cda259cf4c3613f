import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { vietnamToday } from '../../components/dates';
import { type Call, UNIT_ID, mockApi, posts, renderStart } from './start-test-kit';

type User = ReturnType<typeof userEvent.setup>;
const button = (name: string) => screen.getByText(name, { selector: 'button, button *' }).closest('button')!;
const itemOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;

async function enter(user: User, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function answering(): Call[] {
  return mockApi((call) => (call.method === 'POST' && call.path === '/cases' ? { status: 201, body: { id: '1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a', code: 'KT-2026-0001', dossier: [] } } : undefined));
}

describe('the commendation form (/start/khen-thuong)', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('asks for the award, a nominee and the achievements, then sends persons and collectives as the API takes them', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = answering();
    renderStart('/start/khen-thuong');
    await user.click(await screen.findByText('Tiếp nhận hồ sơ khen thưởng', { selector: 'button, button *' }));
    expect(await screen.findByText('Hãy chọn hình thức khen thưởng')).toBeInTheDocument();
    expect(within(itemOf(screen.getByLabelText('Họ và tên 1'))).getByText('Họ và tên là bắt buộc')).toBeInTheDocument();
    expect(within(itemOf(screen.getByLabelText('Tóm tắt thành tích'))).getByText('Tóm tắt thành tích là bắt buộc')).toBeInTheDocument();
    expect(posts(calls, '/cases')).toHaveLength(0);

    await user.click(screen.getByLabelText('Hình thức khen thưởng'));
    await user.click(await screen.findByText('Giấy khen', { selector: '.ant-select-item-option-content' }));
    await enter(user, screen.getByLabelText('Năm, đợt thi đua'), '2026');
    await enter(user, screen.getByLabelText('Đơn vị đề nghị (cấp trình)'), 'CĐCS Trường THPT Hùng Vương');
    await enter(user, screen.getByLabelText('Họ và tên 1'), 'Nguyễn Thị Mai');
    await enter(user, screen.getByLabelText('Chức vụ, nơi công tác 1'), 'Giáo viên');
    await user.click(button('Thêm người, tập thể được đề nghị'));
    const second = (await screen.findAllByTestId('nominee'))[1];
    await user.click(within(second).getByText('Tập thể'));
    await enter(user, await screen.findByLabelText('Tên tập thể 2'), 'Tổ Toán');
    await enter(user, screen.getByLabelText('Tóm tắt thành tích'), 'Hoàn thành xuất sắc nhiệm vụ năm học.');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Đề nghị Giấy khen năm 2026 – CĐCS Trường THPT Hùng Vương');
    await user.click(button('Tiếp nhận hồ sơ khen thưởng'));

    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
    expect(posts(calls, '/cases')[0].body).toEqual({
      procedureCode: 'khen-thuong',
      orgUnitId: UNIT_ID,
      title: 'Đề nghị Giấy khen năm 2026 – CĐCS Trường THPT Hùng Vương',
      receivedAt: vietnamToday(),
      data: {
        nominees: [{ fullName: 'Nguyễn Thị Mai', position: 'Giáo viên' }, { unitName: 'Tổ Toán' }],
        awardType: 'giay-khen',
        achievements: 'Hoàn thành xuất sắc nhiệm vụ năm học.',
        proposingUnit: 'CĐCS Trường THPT Hùng Vương',
        period: '2026',
      },
    });
  });
});
