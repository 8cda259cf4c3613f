import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { setLanguage } from '../../i18n';
import { CDCS_ID, CDVC_ID, CHAIR_ME } from './procedure-fixtures';
import { type Answer, type Call, mockApi, posts, renderStart } from './start-test-kit';

type User = ReturnType<typeof userEvent.setup>;

const CREATED = { id: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', code: 'CN-2026-0001', dossier: [] };
const button = (name: string) => screen.getByText(name, { selector: 'button, button *' }).closest('button')!;
const itemOf = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;

async function enter(user: User, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

/** A date typed as an officer types it, confirmed with Enter. */
async function date(user: User, label: string, ddmmyyyy: string) {
  const input = await screen.findByLabelText(label);
  await user.click(input);
  await user.type(input, `${ddmmyyyy}{Enter}`);
}

/** The chair signed in; POST /cases answered in turn; the calendar gives the submission due date. */
function asChair(...answers: Answer[]): Call[] {
  return mockApi((call) => {
    if (call.path === '/me') return { status: 200, body: CHAIR_ME };
    if (call.path.startsWith('/calendar/deadline')) return { status: 200, body: { start: '2026-11-12', due: '2026-11-26', skipped: [] } };
    if (call.method === 'POST' && call.path === '/cases') return answers.shift();
    return undefined;
  });
}

describe('the committee dossiers of a CĐCS chair', () => {
  afterEach(() => {
    act(() => setLanguage('vi'));
    localStorage.clear();
  });

  it('công nhận BCH: says what is missing, then sends the committee to the upper union, and shows the API’s size rule under the list', async () => {
    const user = userEvent.setup({ delay: null });
    const above = 'Ban Chấp hành có 4 ủy viên, vượt số tối đa 3 đối với công đoàn cơ sở có dưới 50 đoàn viên (kế hoạch đại hội cấp tỉnh, 2025)';
    const calls = asChair(
      { status: 422, body: { statusCode: 422, error: 'BCH_SIZE_ABOVE_CAP', message: above, details: [{ field: 'data.members', rule: 'BCH_SIZE_ABOVE_CAP', message: above, messageEn: '' }] } },
      { status: 201, body: CREATED },
    );
    renderStart('/start/cong-nhan-bch');
    expect(await screen.findByTestId('upper-union')).toHaveTextContent('Công đoàn Viên chức tỉnh Gia Lai');
    await user.click(button('Nộp hồ sơ đề nghị công nhận'));
    expect(await within(itemOf(screen.getByLabelText('Ngày đại hội'))).findByText('Ngày đại hội là bắt buộc')).toBeInTheDocument();
    expect(within(itemOf(screen.getByLabelText('Số đoàn viên tại thời điểm đại hội'))).getByText('Số đoàn viên là bắt buộc')).toBeInTheDocument();
    expect(within(itemOf(screen.getByLabelText('Họ và tên người thứ 1'))).getByText('Họ và tên là bắt buộc')).toBeInTheDocument();
    expect(posts(calls, '/cases')).toHaveLength(0);

    await date(user, 'Ngày đại hội', '10/11/2026');
    await date(user, 'Ngày hội nghị Ban Chấp hành lần thứ nhất', '12/11/2026');
    expect(await screen.findByTestId('submission-deadline')).toHaveTextContent('Hạn nộp hồ sơ: hết ngày 26/11/2026');
    await enter(user, screen.getByLabelText('Số đoàn viên tại thời điểm đại hội'), '40');
    await enter(user, screen.getByLabelText('Nhiệm kỳ'), '2026–2031');
    await enter(user, screen.getByLabelText('Họ và tên người thứ 1'), 'Đặng Quốc Bảo');
    for (const [n, name] of [[2, 'Lê Thị Hoa'], [3, 'Trần Văn Nam'], [4, 'Võ Thị Lan']] as const) {
      await user.click(button('Thêm người'));
      await enter(user, await screen.findByLabelText(`Họ và tên người thứ ${n}`), name);
    }
    expect(screen.getByTestId('committee-sizes')).toHaveTextContent('Ban Chấp hành: 4 ủy viên · Ban Thường vụ: 0 · Ủy ban Kiểm tra: 0');
    expect(screen.getByLabelText('Tiêu đề hồ sơ')).toHaveValue('Công nhận Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương nhiệm kỳ 2026–2031');
    await user.click(button('Nộp hồ sơ đề nghị công nhận'));

    // The API's cap: said above the form and under the list, in its own words; what was typed stays.
    expect(await screen.findByText(above, { selector: '[role="alert"] *' })).toBeInTheDocument();
    expect(screen.getAllByText(above)).toHaveLength(2);
    expect(screen.getByLabelText('Họ và tên người thứ 4')).toHaveValue('Võ Thị Lan');
    expect(posts(calls, '/cases')[0].body).toEqual({
      procedureCode: 'cong-nhan-bch',
      orgUnitId: CDVC_ID,
      title: 'Công nhận Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương nhiệm kỳ 2026–2031',
      data: {
        cdcsId: CDCS_ID,
        memberCount: 40,
        congressDate: '2026-11-10',
        firstMeetingDate: '2026-11-12',
        term: '2026–2031',
        members: [
          { fullName: 'Đặng Quốc Bảo', position: 'chu-tich' },
          { fullName: 'Lê Thị Hoa', position: 'uy-vien-bch' },
          { fullName: 'Trần Văn Nam', position: 'uy-vien-bch' },
          { fullName: 'Võ Thị Lan', position: 'uy-vien-bch' },
        ],
      },
    });

    await user.click(screen.getByLabelText('Xóa người thứ 4'));
    await user.click(button('Nộp hồ sơ đề nghị công nhận'));
    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
    expect((posts(calls, '/cases')[1].body as { data: { members: unknown[] } }).data.members).toHaveLength(3);
  });

  it('bổ sung ủy viên: above the share, offers to ask the upper union’s consent and sends it when switched on', async () => {
    const user = userEvent.setup({ delay: null });
    const cap = 'Số ủy viên bổ sung trong nhiệm kỳ (3) vượt 2/3 số lượng đại hội quyết định (3 ủy viên: tối đa 2) đối với công đoàn cơ sở';
    const calls = asChair(
      { status: 422, body: { statusCode: 422, error: 'ADDITIONS_ABOVE_CAP', message: cap, details: [{ field: 'data.members', rule: 'ADDITIONS_ABOVE_CAP', message: cap, messageEn: '' }] } },
      { status: 201, body: { ...CREATED, code: 'BS-2026-0001' } },
    );
    renderStart('/start/bo-sung-uy-vien');
    await date(user, 'Ngày bầu bổ sung (hoặc ngày chỉ định)', '12/11/2026');
    await enter(user, screen.getByLabelText('Họ và tên người thứ 1'), 'Nguyễn Văn An');
    expect(screen.queryByTestId('consent-offer')).not.toBeInTheDocument();
    await user.click(button('Nộp hồ sơ đề nghị công nhận bổ sung'));

    const offer = await screen.findByTestId('consent-offer');
    expect(screen.getAllByText(cap).length).toBeGreaterThan(0);
    expect(posts(calls, '/cases')[0].body).toEqual({
      procedureCode: 'bo-sung-uy-vien',
      orgUnitId: CDVC_ID,
      title: 'Bổ sung ủy viên Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương',
      data: { cdcsId: CDCS_ID, body: 'BCH', electedOn: '2026-11-12', origin: 'elected', members: [{ fullName: 'Nguyễn Văn An', position: 'uy-vien-bch' }] },
    });
    await user.click(within(offer).getByRole('switch'));
    await user.click(button('Nộp hồ sơ đề nghị công nhận bổ sung'));
    await waitFor(() => expect(posts(calls, '/cases')).toHaveLength(2));
    expect((posts(calls, '/cases')[1].body as { data: Record<string, unknown> }).data.seekConsent).toBe(true);
    expect(await screen.findByText('Nộp tệp hồ sơ', { selector: 'h2' })).toBeInTheDocument();
  });
});
