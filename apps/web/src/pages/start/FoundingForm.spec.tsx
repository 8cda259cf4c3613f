import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { type Answer, type Call, FOUNDING, UNIT_ID, mockApi, posts, renderStart } from './start-test-kit';
import { vietnamToday } from '../../components/dates';

const CREATED = { id: '5d7c2b9e-1f3a-4c6d-8e9f-0a1b2c3d4e5f', code: 'TL-2026-0001', dossier: FOUNDING.dossier.map((d) => ({ ...d, attachmentCount: 0 })) };

/** The member-count input, found by its label, and the form item around it (where its messages show). */
const memberCount = () => screen.getByLabelText('Số đoàn viên');
const itemOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;

/** Types into an input the way a hurried officer does: click, then paste the whole value (one change, not one per key). */
async function enter(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await enter(user, await screen.findByLabelText('Tên đơn vị, doanh nghiệp'), 'Công ty TNHH May Gia Lai');
  await enter(user, memberCount(), '25');
  await enter(user, screen.getByLabelText('Họ và tên người đề nghị 1'), 'Nguyễn Thị Hạnh');
}

/**
 * A button by its visible text, and the alert around a text. (Role queries would say the same, but cost seconds per
 * call in jsdom under antd's styles.)
 */
const button = (name: string, inside: HTMLElement = document.body) => within(inside).getByText(name, { selector: 'button, button *' }).closest('button')!;
const alertWith = async (text: string | RegExp) => (await screen.findByText(text, { selector: '[role="alert"] *' })).closest('[role="alert"]') as HTMLElement;

const submit = (user: ReturnType<typeof userEvent.setup>) => user.click(button('Tiếp nhận hồ sơ'));

/** Answers POST /cases with the given answers in turn. */
function caseAnswers(...answers: Answer[]): Call[] {
  return mockApi((call) => (call.method === 'POST' && call.path === '/cases' ? answers.shift() : undefined));
}

// antd forms in jsdom are slow on a shared 2-core machine: typing a dozen fields takes seconds.

describe('the founding form (/start/thanh-lap-cdcs)', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('shows the Vietnamese rule under an empty required field and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockApi();
    renderStart('/start/thanh-lap-cdcs');
    await screen.findByLabelText('Tên đơn vị, doanh nghiệp');
    await submit(user);

    expect(await within(itemOf(screen.getByLabelText('Tên đơn vị, doanh nghiệp'))).findByText('Tên đơn vị, doanh nghiệp là bắt buộc')).toBeInTheDocument();
    expect(within(itemOf(memberCount())).getByText('Số đoàn viên là bắt buộc')).toBeInTheDocument();
    expect(within(itemOf(screen.getByLabelText('Họ và tên người đề nghị 1'))).getByText('Họ và tên là bắt buộc')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên đơn vị, doanh nghiệp')).toHaveAttribute('aria-invalid', 'true');
    expect(posts(calls, '/cases')).toHaveLength(0);
  });

  it('holds the server’s own minimum of members before sending', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockApi();
    renderStart('/start/thanh-lap-cdcs');
    await fillValidForm(user);
    await user.clear(memberCount());
    await user.type(memberCount(), '3');
    await submit(user);

    expect(await within(itemOf(memberCount())).findByText(/Số đoàn viên phải lớn hơn hoặc bằng 5: công đoàn cơ sở cần ít nhất 5 đoàn viên/)).toBeInTheDocument();
    expect(posts(calls, '/cases')).toHaveLength(0);
  });

  it('proposes the title from the unit name until the officer writes their own', async () => {
    const user = userEvent.setup({ delay: null });
    mockApi();
    renderStart('/start/thanh-lap-cdcs');
    await user.type(await screen.findByLabelText('Tên đơn vị, doanh nghiệp'), 'Công ty May');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Thành lập CĐCS Công ty May');
    await user.clear(screen.getByLabelText('Tiêu đề hồ sơ'));
    await user.type(screen.getByLabelText('Tiêu đề hồ sơ'), 'Hồ sơ riêng');
    await user.type(screen.getByLabelText('Tên đơn vị, doanh nghiệp'), ' Hòa Bình');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Hồ sơ riêng');
  });

  it('puts a 400 on data.memberCount under the member count and keeps everything typed', async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = "Trường 'data.memberCount' phải lớn hơn hoặc bằng 30 theo quy định mới";
    const calls = caseAnswers({
      status: 400,
      body: {
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: refusal,
        messageEn: 'data.memberCount must be at least 30',
        details: [
          { field: 'data.memberCount', rule: 'min', message: refusal, messageEn: 'data.memberCount must be at least 30' },
          { field: 'data.bch.0', rule: 'isObject', message: "Trường 'data.bch.0' phải có dạng {\"fullName\": \"...\"}", messageEn: 'data.bch.0 must be an object' },
        ],
      },
    });
    renderStart('/start/thanh-lap-cdcs');
    await fillValidForm(user);
    await user.click(button('Thêm người đề nghị'));
    await user.type(screen.getByLabelText('Họ và tên người đề nghị 2'), 'Trần Văn Nam');
    await submit(user);

    expect(await within(itemOf(memberCount())).findByText(refusal)).toBeInTheDocument();
    expect(memberCount()).toHaveAttribute('aria-invalid', 'true');
    const alert = await alertWith('Hồ sơ chưa được tiếp nhận: vui lòng sửa các mục được đánh dấu bên dưới.');
    expect(alert).toHaveTextContent("Trường 'data.bch.0' phải có dạng"); // no input for it: listed in the alert
    expect(screen.getByLabelText('Tên đơn vị, doanh nghiệp')).toHaveValue('Công ty TNHH May Gia Lai');
    expect(memberCount()).toHaveValue('25');
    expect(screen.getByLabelText('Họ và tên người đề nghị 1')).toHaveValue('Nguyễn Thị Hạnh');
    expect(screen.getByLabelText('Họ và tên người đề nghị 2')).toHaveValue('Trần Văn Nam');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Thành lập CĐCS Công ty TNHH May Gia Lai');
    expect(posts(calls, '/cases')).toHaveLength(1);
  });

  it('puts a 400 on an applicant under that applicant', async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = "Trường 'data.applicants.0.fullName' (họ và tên) không được để trống";
    caseAnswers({ status: 400, body: { statusCode: 400, error: 'VALIDATION_FAILED', message: refusal, details: [{ field: 'data.applicants.0.fullName', rule: 'isNotEmpty', message: refusal, messageEn: '' }] } });
    renderStart('/start/thanh-lap-cdcs');
    await fillValidForm(user);
    await submit(user);
    expect(await within(itemOf(screen.getByLabelText('Họ và tên người đề nghị 1'))).findByText(refusal)).toBeInTheDocument();
  });

  it('shows a 403 in the alert and keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    const forbidden = 'Chỉ Cán bộ chuyên môn của Công đoàn Viên chức tỉnh Gia Lai mới được tiếp nhận hồ sơ';
    caseAnswers({ status: 403, body: { statusCode: 403, error: 'FORBIDDEN', message: forbidden, messageEn: 'Only an officer…' } });
    renderStart('/start/thanh-lap-cdcs');
    await fillValidForm(user);
    await submit(user);
    expect(await alertWith(forbidden)).toBeInTheDocument();
    expect(screen.getByLabelText('Tên đơn vị, doanh nghiệp')).toHaveValue('Công ty TNHH May Gia Lai');
  });

  it('sends the case as the API reads it and moves to the upload step on 201', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = caseAnswers({ status: 201, body: CREATED });
    renderStart('/start/thanh-lap-cdcs');
    await fillValidForm(user);
    await user.click(button('Thêm thành viên Ban Chấp hành'));
    await user.type(screen.getByLabelText('Họ và tên thành viên 1'), 'Lê Văn Chủ');
    await user.type(screen.getByLabelText('Họ và tên người đề nghị 1'), '{Enter}'); // Enter submits

    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
    expect(screen.getByText('Đã tiếp nhận hồ sơ TL-2026-0001.')).toBeInTheDocument();
    expect(screen.getByLabelText('Chọn tệp: Biên bản đại hội thành lập công đoàn cơ sở')).toBeInTheDocument();
    const [sent] = posts(calls, '/cases');
    expect(sent.body).toEqual({
      procedureCode: 'thanh-lap-cdcs',
      orgUnitId: UNIT_ID,
      title: 'Thành lập CĐCS Công ty TNHH May Gia Lai',
      receivedAt: vietnamToday(),
      data: { unitName: 'Công ty TNHH May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }], bch: [{ fullName: 'Lê Văn Chủ' }] },
    });
  });

  it('sends the same Idempotency-Key when the submit is retried after a network failure', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = caseAnswers('network', { status: 201, body: CREATED });
    renderStart('/start/thanh-lap-cdcs');
    await fillValidForm(user);
    await submit(user);

    const alert = await alertWith(/Không kết nối được máy chủ/);
    await user.click(button('Gửi lại', alert));
    await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' });

    const [first, second] = posts(calls, '/cases');
    expect(first.headers['Idempotency-Key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.headers['Idempotency-Key']).toBe(first.headers['Idempotency-Key']);
    expect(second.body).toEqual(first.body);
  });

  it('offers a fresh key only when the officer sends a changed dossier as a new case', async () => {
    const user = userEvent.setup({ delay: null });
    const reused = { statusCode: 409, error: 'IDEMPOTENCY_KEY_REUSED', message: 'Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho hồ sơ mới' };
    const calls = caseAnswers({ status: 409, body: reused }, { status: 201, body: CREATED });
    renderStart('/start/thanh-lap-cdcs');
    await fillValidForm(user);
    await submit(user);
    const alert = await alertWith(/có thể đã tạo hồ sơ này/);
    expect(within(alert).getByText('Xem danh sách hồ sơ').closest('a')).toHaveAttribute('href', '/cases');
    await user.click(button('Gửi thành hồ sơ mới', alert));
    await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' });
    const [first, second] = posts(calls, '/cases');
    expect(second.headers['Idempotency-Key']).not.toBe(first.headers['Idempotency-Key']);
  });

  it('explains why a user without the officer role cannot open a case', async () => {
    mockApi((call) => (call.path === '/me' ? { status: 200, body: { id: 'u', username: 'vanthu', fullName: 'Văn Thư', email: null, emailNotifications: true, units: [{ id: UNIT_ID, name: 'CĐVC', code: 'CĐVC', level: 'x', roles: [{ role: 'clerk', title: null }] }] } } : undefined));
    renderStart('/start/thanh-lap-cdcs');
    expect(await screen.findByText(/Bạn không giữ vai trò Cán bộ Ban Tổ chức ở đơn vị nào/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tiếp nhận hồ sơ' })).not.toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    act(() => setLanguage('en'));
    const user = userEvent.setup({ delay: null });
    mockApi();
    renderStart('/start/thanh-lap-cdcs');
    await screen.findByLabelText('Unit or enterprise name');
    await user.click(button('Open the case'));
    expect(await screen.findByText('The unit or enterprise name is required')).toBeInTheDocument();
  });
});
