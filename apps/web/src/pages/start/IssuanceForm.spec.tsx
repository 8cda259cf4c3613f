import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { type Call, UNIT_ID, mockApi, posts, renderStart } from './start-test-kit';

type User = ReturnType<typeof userEvent.setup>;
const button = (name: string) => screen.getByText(name, { selector: 'button, button *' }).closest('button')!;
const itemOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;
const LEADERS = [
  { userId: '8a1b2c3d-0000-4000-8000-000000000001', fullName: 'Nguyễn Văn Hùng', role: 'leader', title: 'Chủ tịch' },
  { userId: '8a1b2c3d-0000-4000-8000-000000000002', fullName: 'Trần Thị Mai', role: 'leader', title: 'Phó Chủ tịch' },
];

async function enter(user: User, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function answering(): Call[] {
  return mockApi((call) => {
    if (call.path === `/org-units/${UNIT_ID}/people?role=leader`) return { status: 200, body: { items: LEADERS } };
    if (call.path.startsWith(`/org-units/${UNIT_ID}/people`)) return { status: 200, body: { items: [] } };
    if (call.method === 'POST' && call.path === '/cases') return { status: 201, body: { id: '3f4e5d6c-7b8a-4f9e-8d0c-1b2a3f4e5d6c', code: 'VB-2026-0001', dossier: [] } };
    return undefined;
  });
}

describe('the document form (/start/ban-hanh-van-ban)', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('picks the signer among the unit’s leaders, needs a recipient, and sends the draft with its handling', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = answering();
    renderStart('/start/ban-hanh-van-ban');
    await user.click(await screen.findByText('Tạo hồ sơ ban hành văn bản', { selector: 'button, button *' }));
    expect(await within(itemOf(screen.getByLabelText('Trích yếu'))).findByText('Trích yếu là bắt buộc')).toBeInTheDocument();
    expect(screen.getByText('Hãy chọn người ký')).toBeInTheDocument();
    expect(screen.getByText('Văn bản phải có ít nhất một nơi nhận')).toBeInTheDocument();
    expect(posts(calls, '/cases')).toHaveLength(0);

    await user.click(screen.getByLabelText('Loại văn bản'));
    await user.click(await screen.findByText('KH – Kế hoạch', { selector: '.ant-select-item-option-content' }));
    await enter(user, screen.getByLabelText('Trích yếu'), 'tổ chức Hội nghị tổng kết năm 2026');
    await enter(user, screen.getByLabelText('Nơi nhận'), 'Các CĐCS trực thuộc;\n\nLưu: VT.');
    await user.click(screen.getByLabelText('Người ký'));
    const leaders = await screen.findByText('Trần Thị Mai — Phó Chủ tịch', { selector: '.ant-select-item-option-content' });
    expect(screen.getByText('Nguyễn Văn Hùng — Chủ tịch', { selector: '.ant-select-item-option-content' })).toBeInTheDocument();
    await user.click(leaders);
    await user.click(screen.getByRole('switch', { name: 'Hỏa tốc, thượng khẩn (phát hành ngay khi ký)' }));
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Kế hoạch tổ chức Hội nghị tổng kết năm 2026');
    await user.click(button('Tạo hồ sơ ban hành văn bản'));

    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
    expect(posts(calls, '/cases')[0].body).toEqual({
      procedureCode: 'ban-hanh-van-ban',
      orgUnitId: UNIT_ID,
      title: 'Kế hoạch tổ chức Hội nghị tổng kết năm 2026',
      data: {
        documentType: 'KH',
        summary: 'tổ chức Hội nghị tổng kết năm 2026',
        signerId: LEADERS[1].userId,
        recipients: ['Các CĐCS trực thuộc;', 'Lưu: VT.'],
        urgent: true,
      },
    });
  });
});
