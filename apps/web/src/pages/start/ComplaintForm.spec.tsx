import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { vietnamToday } from '../../components/dates';
import { type Answer, type Call, UBKT_ME, UNIT_ID, mockApi, posts, renderStart } from './start-test-kit';

const CREATED = { id: '7f9e4d1a-3b5c-4e8f-a012-2c3d4e5f6a71', code: 'KN-2026-0002', dossier: [] };
const FIRST_CASE = { id: '11111111-2222-4333-8444-555555555555', code: 'KN-2026-0001', procedureCode: 'khieu-nai', status: 'RESOLVED', orgUnitId: 'unit-below', title: 'Khiếu nại của Ngô Văn Bình' };
const OWN_CASE = { ...FIRST_CASE, id: '99999999-2222-4333-8444-555555555555', code: 'KN-2026-0009', orgUnitId: UNIT_ID, title: 'Khiếu nại lần hai khác' };

const button = (name: string) => screen.getByText(name, { selector: 'button, button *' }).closest('button')!;

async function enter(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

function withAnswers(...answers: Answer[]): Call[] {
  return mockApi((call) => {
    if (call.path === '/me') return { status: 200, body: UBKT_ME };
    if (call.path.startsWith('/org-units/')) return { status: 200, body: { items: [] } };
    if (call.path.startsWith('/calendar/deadline')) return { status: 200, body: { start: vietnamToday(), due: '2027-02-20', skipped: [] } };
    if (call.path.startsWith('/cases?procedureCode=khieu-nai')) return { status: 200, body: { items: [FIRST_CASE, OWN_CASE], nextCursor: null } };
    if (call.method === 'POST' && call.path === '/cases') return answers.shift();
    return undefined;
  });
}

describe('the complaint form (/start/khieu-nai)', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('sends a first complaint with its decision, and shows the 90-day window it falls in', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = withAnswers({ status: 201, body: CREATED });
    renderStart('/start/khieu-nai');
    await enter(user, await screen.findByLabelText('Họ và tên người khiếu nại'), 'Ngô Văn Bình');
    await enter(user, screen.getByLabelText('Địa chỉ người khiếu nại'), 'Pleiku');
    await enter(user, screen.getByLabelText('Trích yếu quyết định, hành vi bị khiếu nại'), 'Quyết định kỷ luật khiển trách');
    await enter(user, screen.getByLabelText('Số quyết định'), '41/QĐ-CĐVC');
    await enter(user, screen.getByLabelText('Nội dung khiếu nại'), 'Đề nghị hủy quyết định.');
    expect(await screen.findByTestId('filing-window')).toHaveTextContent('Thời hiệu khiếu nại đến hết ngày 20/02/2027.');
    await user.click(button('Tiếp nhận đơn khiếu nại'));

    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
    expect(posts(calls, '/cases')[0].body).toEqual({
      procedureCode: 'khieu-nai',
      orgUnitId: UNIT_ID,
      title: 'Khiếu nại của Ngô Văn Bình',
      receivedAt: vietnamToday(),
      data: {
        complainant: { fullName: 'Ngô Văn Bình', address: 'Pleiku' },
        content: 'Đề nghị hủy quyết định.',
        decisionComplainedOf: { summary: 'Quyết định kỷ luật khiển trách', number: '41/QĐ-CĐVC' },
        channel: 'truc-tiep',
      },
    });
  });

  it('links a second complaint to a first-instance case of a unit below, instead of a decision', async () => {
    const user = userEvent.setup({ delay: null });
    const closed = 'Thời hạn khiếu nại lần hai (30 ngày kể từ ngày 01/10/2026) đã hết ngày 02/11/2026 (Luật Khiếu nại 2011 Điều 33)';
    const calls = withAnswers({
      status: 422,
      body: { statusCode: 422, error: 'SECOND_INSTANCE_WINDOW_CLOSED', message: closed, details: [{ field: 'receivedAt', rule: 'secondInstanceWindow', message: "Trường 'receivedAt' phải trước hoặc bằng ngày 2026-11-02", messageEn: '' }] },
    });
    renderStart('/start/khieu-nai');
    await user.click(await screen.findByRole('switch', { name: 'Khiếu nại lần hai' }));
    await waitFor(() => expect(screen.queryByLabelText('Trích yếu quyết định, hành vi bị khiếu nại')).not.toBeInTheDocument());
    await user.click(screen.getByRole('combobox', { name: 'Hồ sơ giải quyết khiếu nại lần đầu' }));
    // The receiving unit's own cases are not first-instance cases for it.
    expect(screen.queryByText(/KN-2026-0009/)).not.toBeInTheDocument();
    await user.click(await screen.findByText('KN-2026-0001 · Khiếu nại của Ngô Văn Bình (Đã giải quyết)'));
    await enter(user, screen.getByLabelText('Họ và tên người khiếu nại'), 'Ngô Văn Bình');
    await enter(user, screen.getByLabelText('Địa chỉ người khiếu nại'), 'Pleiku');
    await enter(user, screen.getByLabelText('Nội dung khiếu nại'), 'Không đồng ý với quyết định lần đầu.');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Khiếu nại lần hai của Ngô Văn Bình (hồ sơ KN-2026-0001)');
    await user.click(button('Tiếp nhận đơn khiếu nại'));

    expect(await screen.findByText(closed)).toBeInTheDocument();
    expect(await screen.findByText("Trường 'receivedAt' phải trước hoặc bằng ngày 2026-11-02")).toBeInTheDocument();
    const body = posts(calls, '/cases')[0].body as { data: Record<string, unknown> };
    expect(body.data).toEqual({
      instance: 2,
      firstCaseId: FIRST_CASE.id,
      complainant: { fullName: 'Ngô Văn Bình', address: 'Pleiku' },
      content: 'Không đồng ý với quyết định lần đầu.',
      channel: 'truc-tiep',
    });
  });
});
