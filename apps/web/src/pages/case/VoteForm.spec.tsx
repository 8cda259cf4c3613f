import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseView } from '../../api/types';
import { vietnamToday } from '../../components/dates';
import { ActionModal } from './ActionModal';
import { FOUNDING_CASE } from './case-fixture';
import { mockApi, renderWithProviders } from './case-test-kit';

type User = ReturnType<typeof userEvent.setup>;

const councilStep = {
  taskId: 'task-council',
  key: 'hoi-dong-tdkt',
  name: 'Hội đồng Thi đua - Khen thưởng họp, bỏ phiếu',
  status: 'open',
  assignee: { role: 'officer', orgUnitId: 'unit-cdvc', userId: null },
  dueAt: '2026-12-10',
  deadlineState: 'on_time' as const,
  outcome: null,
  comment: null,
  completedAt: null,
};

const MINUTES = {
  id: 'a1b2c3d4-0000-4000-8000-00000000000a',
  dossierItem: 'bien-ban-hoi-dong',
  fileName: 'Bien ban Hoi dong TDKT.pdf',
  mediaType: 'application/pdf',
  size: 1200,
  sha256: 'x',
  note: null,
  uploadedAt: '2026-11-20T03:00:00.000Z',
  uploadedBy: { userId: 'u-canbo', fullName: 'Lê Minh Tuấn' },
};

const COMMENDATION_CASE: CaseView = {
  ...FOUNDING_CASE,
  code: 'KT-2026-0003',
  procedureCode: 'khen-thuong',
  title: 'Đề nghị Giấy khen năm 2026',
  data: { nominees: [{ fullName: 'Nguyễn Thị Mai' }, { unitName: 'Tổ Toán' }], awardType: 'giay-khen', achievements: 'Xuất sắc' },
  steps: [councilStep],
  clock: undefined,
  attachments: [MINUTES],
  dossier: [{ key: 'bien-ban-hoi-dong', name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng (đã ký)', required: false, attachmentCount: 1 }],
};

const ballotStep = { ...councilStep, taskId: 'task-ballot', key: 'bieu-quyet', name: 'Ban Thường vụ bỏ phiếu kín quyết định hình thức kỷ luật', assignee: { role: 'leader', orgUnitId: 'unit-cdvc', userId: null } };
const DISCIPLINE_CASE: CaseView = {
  ...COMMENDATION_CASE,
  code: 'KL-2026-0002',
  procedureCode: 'ky-luat',
  data: { subject: { fullName: 'Lê Văn Tám', kind: 'can-bo' }, violation: 'Vi phạm', proposedForm: 'canh-cao' },
  steps: [ballotStep],
  attachments: [],
  dossier: [],
};

const sentBody = (fetchMock: jest.Mock, n = 0) => JSON.parse(String((fetchMock.mock.calls.filter(([url]) => String(url).includes('/actions'))[n][1] as RequestInit).body));
const modalButton = (name: string) => within(screen.getByText(name, { selector: '.ant-modal-title' }).closest('[role="dialog"]') as HTMLElement).getByRole('button', { name });

async function count(user: User, label: string, value: number) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, String(value));
}

describe('the vote form (a collective body’s meeting)', () => {
  it('a council ballot: says the quorum it needs and the votes beyond those present, shows the API’s refusal as is, then sends the meeting', async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = "Phương án 'Nguyễn Thị Mai': 7 tán thành + 2 không tán thành + 0 không biểu quyết = 9 phiếu, nhiều hơn 8 thành viên có mặt";
    let answers = 0;
    const fetchMock = mockApi({
      '/api/tasks/task-council/actions': () =>
        answers++ === 0
          ? { status: 422, body: { statusCode: 422, error: 'MEETING_INVALID', message: refusal, messageEn: 'too many votes' } }
          : { body: { case: { ...COMMENDATION_CASE, status: 'open' } } },
    });
    const onDone = jest.fn();
    renderWithProviders(
      <ActionModal action="vote" task={{ id: 'task-council' }} step={councilStep} caseView={COMMENDATION_CASE} currentUserId="u-canbo" onClose={jest.fn()} onDone={onDone} onStale={jest.fn()} />,
    );
    expect(await screen.findByTestId('vote-body')).toHaveTextContent('Hội đồng Thi đua - Khen thưởng');
    expect(screen.getAllByTestId('vote-row').map((r) => r.querySelector('legend')?.textContent)).toEqual(['Nguyễn Thị Mai', 'Tổ Toán']);

    await count(user, 'Tổng số thành viên', 9);
    await count(user, 'Số có mặt', 5);
    expect(await screen.findByText('Không đủ số lượng tham dự: có mặt 5/9, cần ít nhất 6 (2/3 tổng số thành viên).')).toBeInTheDocument();
    await count(user, 'Số có mặt', 8);
    expect(await screen.findByText('Cuộc họp hợp lệ khi có ít nhất 6 thành viên có mặt (2/3 của 9).')).toBeInTheDocument();
    expect(screen.getByTestId('majority-hint')).toHaveTextContent('Nội dung được thông qua khi có từ 5 phiếu tán thành (quá 1/2 tổng số 9 thành viên).');

    await count(user, 'Tán thành: Nguyễn Thị Mai', 7);
    await count(user, 'Không tán thành: Nguyễn Thị Mai', 2);
    await count(user, 'Tán thành: Tổ Toán', 4);
    expect(await screen.findByText('1 phiếu vượt số có mặt')).toBeInTheDocument();
    const rows = screen.getAllByTestId('vote-row');
    expect(within(rows[0]).getByText('Đạt 7/9')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Chưa đạt 4/9')).toBeInTheDocument();

    await user.click(modalButton('Biểu quyết'));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(onDone).not.toHaveBeenCalled();

    await count(user, 'Không tán thành: Nguyễn Thị Mai', 1);
    await waitFor(() => expect(screen.queryByTestId('over-count')).not.toBeInTheDocument());
    await user.click(modalButton('Biểu quyết'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sentBody(fetchMock, 1)).toEqual({
      action: 'vote',
      data: {
        meeting: {
          body: 'HD-TDKT',
          heldOn: vietnamToday(),
          members: 9,
          present: 8,
          ballot: 'secret',
          votes: [
            { option: 'Nguyễn Thị Mai', for: 7, against: 1 },
            { option: 'Tổ Toán', for: 4 },
          ],
          minutesAttachmentId: MINUTES.id,
        },
      },
    });
  });

  it('a discipline ballot: one row per form the subject can receive, the cumulative result, and the BTV’s secret ballot sent', async () => {
    const user = userEvent.setup({ delay: null });
    const fetchMock = mockApi({ '/api/tasks/task-ballot/actions': { body: { case: DISCIPLINE_CASE } } });
    const onDone = jest.fn();
    renderWithProviders(
      <ActionModal action="vote" task={{ id: 'task-ballot' }} step={ballotStep} caseView={DISCIPLINE_CASE} currentUserId="u-chutich" onClose={jest.fn()} onDone={onDone} onStale={jest.fn()} />,
    );
    expect(await screen.findByTestId('vote-body')).toHaveTextContent('Ban Thường vụ');
    expect(screen.getAllByTestId('vote-row').map((r) => r.querySelector('legend')?.textContent)).toEqual(['Khiển trách', 'Cảnh cáo', 'Cách chức', 'Khai trừ']);
    expect(screen.getByLabelText('Biểu quyết giơ tay')).toBeDisabled();

    await count(user, 'Tổng số thành viên', 9);
    await count(user, 'Số có mặt', 9);
    await count(user, 'Tán thành: Khai trừ', 4);
    await count(user, 'Tán thành: Cách chức', 0);
    await count(user, 'Tán thành: Cảnh cáo', 3);
    await count(user, 'Tán thành: Khiển trách', 2);
    expect(await screen.findByTestId('ballot-outcome')).toHaveTextContent('Cộng dồn: cảnh cáo 7/9 (quá 1/2)');
    await count(user, 'Tán thành: Khiển trách', 3);
    expect(await screen.findByTestId('choices-over')).toHaveTextContent('tổng số phiếu tán thành các hình thức là 10, vượt 9 thành viên có mặt');
    await count(user, 'Tán thành: Khiển trách', 2);

    await user.click(modalButton('Biểu quyết'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sentBody(fetchMock).data.meeting).toEqual({
      body: 'BTV',
      heldOn: vietnamToday(),
      members: 9,
      present: 9,
      ballot: 'secret',
      votes: [
        { option: 'khien-trach', for: 2 },
        { option: 'canh-cao', for: 3 },
        { option: 'cach-chuc', for: 0 },
        { option: 'khai-tru', for: 4 },
      ],
    });
  });
});
