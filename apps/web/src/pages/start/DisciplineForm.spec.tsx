import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { vietnamToday } from '../../components/dates';
import { type Call, UBKT_ME, UNIT_ID, mockApi, posts, renderStart } from './start-test-kit';

type User = ReturnType<typeof userEvent.setup>;
const button = (name: string) => screen.getByText(name, { selector: 'button, button *' }).closest('button')!;
const options = () => [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-content')].map((o) => o.textContent);

async function enter(user: User, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function answering(): Call[] {
  return mockApi((call) => {
    if (call.path === '/me') return { status: 200, body: UBKT_ME };
    if (call.method === 'POST' && call.path === '/cases') return { status: 201, body: { id: '2e3d4c5b-6a7f-4e8d-9c0b-1a2f3e4d5c6b', code: 'KL-2026-0001', dossier: [] } };
    return undefined;
  });
}

describe('the discipline form (/start/ky-luat)', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('offers only the forms of the subject’s kind, refuses one heavier than a prior discipline, and sends the proposal', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = answering();
    renderStart('/start/ky-luat');
    await enter(user, await screen.findByLabelText('Họ và tên'), 'Lê Văn Tám');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Xem xét kỷ luật Lê Văn Tám');

    // A union officer: khiển trách, cảnh cáo, cách chức, khai trừ.
    await user.click(screen.getByLabelText('Hình thức kỷ luật đề nghị'));
    await screen.findByText('Cách chức', { selector: '.ant-select-item-option-content' });
    expect(options()).toEqual(['Khiển trách', 'Cảnh cáo', 'Cách chức', 'Khai trừ']);
    await user.click(screen.getByText('Cách chức', { selector: '.ant-select-item-option-content' }));
    // A member cannot be removed from a post: the choice is dropped when the kind changes.
    await user.click(screen.getByText('Đoàn viên công đoàn'));
    expect(screen.queryByText('Cách chức', { selector: '.ant-select-content-value, .ant-select-selection-item' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Hình thức kỷ luật đề nghị'));
    await screen.findByText('Khai trừ', { selector: '.ant-select-item-option-content' });
    expect(options()).toEqual(['Khiển trách', 'Cảnh cáo', 'Khai trừ']);
    await user.click(screen.getByText('Khai trừ', { selector: '.ant-select-item-option-content' }));

    await enter(user, screen.getByLabelText('Nội dung vi phạm'), 'Không đóng đoàn phí 12 tháng liên tục.');
    await user.click(screen.getByRole('switch', { name: 'Đã bị kỷ luật về Đảng hoặc chính quyền trước đó' }));
    await user.click(await screen.findByText('Chính quyền, cơ quan quản lý'));
    await user.click(screen.getByLabelText('Hình thức đã áp dụng'));
    const dropdowns = document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await user.click(within(dropdowns[dropdowns.length - 1] as HTMLElement).getByText('Cảnh cáo'));
    const decided = screen.getByLabelText('Ngày quyết định');
    await user.click(decided);
    await user.type(decided, '02/11/2026{Enter}');
    await user.click(button('Tiếp nhận hồ sơ kỷ luật'));
    expect(await screen.findByText('Không được áp dụng hình thức nặng hơn hình thức kỷ luật về Đảng, chính quyền đã có (QĐ 5130/QĐ-TLĐ Điều 3 khoản 10)')).toBeInTheDocument();
    expect(posts(calls, '/cases')).toHaveLength(0);

    await user.click(screen.getByLabelText('Hình thức kỷ luật đề nghị'));
    const open = document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await user.click(within(open[open.length - 1] as HTMLElement).getByText('Khiển trách'));
    await user.click(button('Tiếp nhận hồ sơ kỷ luật'));
    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
    expect(posts(calls, '/cases')[0].body).toEqual({
      procedureCode: 'ky-luat',
      orgUnitId: UNIT_ID,
      title: 'Xem xét kỷ luật Lê Văn Tám',
      receivedAt: vietnamToday(),
      data: {
        subject: { fullName: 'Lê Văn Tám', kind: 'doan-vien' },
        violation: 'Không đóng đoàn phí 12 tháng liên tục.',
        proposedForm: 'khien-trach',
        priorDiscipline: { by: 'chinh-quyen', form: 'canh-cao', decidedOn: '2026-11-02' },
      },
    });
  });
});
