import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { vietnamToday } from '../../components/dates';
import { type Answer, type Call, UBKT_ME, UNIT_ID, mockApi, posts, renderStart } from './start-test-kit';

const CREATED = { id: '6e8d3c0f-2a4b-4d7e-9f01-1b2c3d4e5f60', code: 'TC-2026-0001', dossier: [{ key: 'don-to-cao', name: 'Đơn tố cáo', required: true, attachmentCount: 0 }] };
const PEOPLE = {
  items: [
    { userId: 'a1111111-1111-4111-8111-111111111111', fullName: 'Lê Minh Tuấn', role: 'officer', title: 'Chuyên viên Ban Tổ chức' },
    { userId: 'b2222222-2222-4222-8222-222222222222', fullName: 'Trần Thị Mai', role: 'leader', title: 'Phó Chủ tịch' },
  ],
};

const itemOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;
const button = (name: string) => screen.getByText(name, { selector: 'button, button *' }).closest('button')!;

async function enter(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

/** The UBKT member signed in; POST /cases answered in turn by `answers`. */
function withAnswers(...answers: Answer[]): Call[] {
  return mockApi((call) => {
    if (call.path === '/me') return { status: 200, body: UBKT_ME };
    if (call.path.startsWith(`/org-units/${UNIT_ID}/people`)) return { status: 200, body: PEOPLE };
    if (call.method === 'POST' && call.path === '/cases') return answers.shift();
    return undefined;
  });
}

describe('the denunciation form (/start/to-cao)', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('says the denouncer is protected, and the anonymous switch hides the denouncer fields and sends none', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = withAnswers({ status: 201, body: CREATED });
    renderStart('/start/to-cao');

    expect(await screen.findByText('Danh tính người tố cáo được giữ bí mật')).toBeInTheDocument();
    expect(screen.getByTestId('identity-notice')).toHaveTextContent('chỉ hiện với người tiếp nhận đơn, tổ xác minh được phân công và lãnh đạo giải quyết');
    await enter(user, screen.getByLabelText('Họ và tên người tố cáo'), 'Trịnh Thị Bảo Châu');
    expect(screen.getByTestId('denouncer-fields')).toHaveTextContent('Thông tin bảo mật');

    const anonymous = screen.getByRole('switch', { name: 'Đơn nặc danh / mạo danh' });
    await user.click(anonymous);
    expect(anonymous).toBeChecked();
    await waitFor(() => expect(screen.queryByLabelText('Họ và tên người tố cáo')).not.toBeInTheDocument());
    expect(screen.queryByLabelText('Địa chỉ người tố cáo')).not.toBeInTheDocument();
    expect(screen.queryByTestId('denouncer-fields')).not.toBeInTheDocument();
    expect(screen.getByText('Đơn nặc danh, mạo danh không phải là tố cáo')).toBeInTheDocument();

    await enter(user, screen.getByLabelText('Họ và tên người bị tố cáo'), 'Lê Minh Tuấn');
    await enter(user, screen.getByLabelText('Nội dung tố cáo'), 'Nhận tiền để xét hồ sơ thành lập CĐCS.');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Tố cáo đối với Lê Minh Tuấn');
    await user.click(button('Tiếp nhận đơn tố cáo'));

    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
    const [sent] = posts(calls, '/cases');
    expect(sent.body).toEqual({
      procedureCode: 'to-cao',
      orgUnitId: UNIT_ID,
      title: 'Tố cáo đối với Lê Minh Tuấn',
      receivedAt: vietnamToday(),
      data: { anonymous: true, accused: { fullName: 'Lê Minh Tuấn' }, content: 'Nhận tiền để xét hồ sơ thành lập CĐCS.', form: 'written', channel: 'truc-tiep', places: 1 },
    });
    expect(JSON.stringify(sent.body)).not.toContain('Bảo Châu');
  });

  it('puts a 400 on the denouncer’s address under that field and keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = "Trường 'data.denouncer.address' (địa chỉ người tố cáo) không được để trống";
    const calls = withAnswers({
      status: 400,
      body: { statusCode: 400, error: 'VALIDATION_FAILED', message: refusal, details: [{ field: 'data.denouncer.address', rule: 'isNotEmpty', message: refusal, messageEn: 'should not be empty' }] },
    });
    renderStart('/start/to-cao');
    await enter(user, await screen.findByLabelText('Họ và tên người tố cáo'), 'Trịnh Thị Bảo Châu');
    await enter(user, screen.getByLabelText('Địa chỉ người tố cáo'), '45 Hai Bà Trưng, Pleiku');
    await enter(user, screen.getByLabelText('Họ và tên người bị tố cáo'), 'Lê Minh Tuấn');
    await enter(user, screen.getByLabelText('Nội dung tố cáo'), 'Nhận tiền để xét hồ sơ.');
    await user.click(button('Tiếp nhận đơn tố cáo'));

    const address = screen.getByLabelText('Địa chỉ người tố cáo');
    expect(await within(itemOf(address)).findByText(refusal)).toBeInTheDocument();
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Hồ sơ chưa được tiếp nhận: vui lòng sửa các mục được đánh dấu bên dưới.')).toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên người tố cáo')).toHaveValue('Trịnh Thị Bảo Châu');
    const [sent] = posts(calls, '/cases');
    expect((sent.body as { data: { denouncer: unknown } }).data.denouncer).toEqual({ fullName: 'Trịnh Thị Bảo Châu', address: '45 Hai Bà Trưng, Pleiku' });
  });

  it('checks the required fields before sending, in the server’s words', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = withAnswers();
    renderStart('/start/to-cao');
    await screen.findByLabelText('Họ và tên người tố cáo');
    await user.click(button('Tiếp nhận đơn tố cáo'));
    expect(await within(itemOf(screen.getByLabelText('Họ và tên người tố cáo'))).findByText('Họ và tên người tố cáo là bắt buộc')).toBeInTheDocument();
    expect(within(itemOf(screen.getByLabelText('Họ và tên người bị tố cáo'))).getByText('Họ và tên người bị tố cáo là bắt buộc')).toBeInTheDocument();
    expect(posts(calls, '/cases')).toHaveLength(0);
  });

  it('picks the accused from the unit’s people, with their account, and warns when they lead the unit', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = withAnswers({
      status: 422,
      body: { statusCode: 422, error: 'ACCUSED_HEADS_UNIT', message: 'Người bị tố cáo là người đứng đầu hoặc cấp phó của Công đoàn Viên chức tỉnh Gia Lai: tố cáo này do Liên đoàn Lao động tỉnh Gia Lai giải quyết' },
    });
    renderStart('/start/to-cao');
    await enter(user, await screen.findByLabelText('Họ và tên người tố cáo'), 'Trịnh Thị Bảo Châu');
    await enter(user, screen.getByLabelText('Địa chỉ người tố cáo'), 'Pleiku');
    await user.click(screen.getByLabelText('Họ và tên người bị tố cáo'));
    await user.keyboard('Mai');
    await user.click(await screen.findByText('Trần Thị Mai — Phó Chủ tịch'));
    expect(screen.getByLabelText('Chức vụ, nơi công tác')).toHaveValue('Phó Chủ tịch');
    expect(await screen.findByText(/Trần Thị Mai là lãnh đạo của đơn vị tiếp nhận/)).toBeInTheDocument();
    await enter(user, screen.getByLabelText('Nội dung tố cáo'), 'Sai phạm trong xét khen thưởng.');
    await user.click(button('Tiếp nhận đơn tố cáo'));

    expect(await screen.findByText(/tố cáo này do Liên đoàn Lao động tỉnh Gia Lai giải quyết/)).toBeInTheDocument();
    const [sent] = posts(calls, '/cases');
    expect((sent.body as { data: { accused: unknown } }).data.accused).toEqual({ fullName: 'Trần Thị Mai', position: 'Phó Chủ tịch', userId: 'b2222222-2222-4222-8222-222222222222' });
  });
});
