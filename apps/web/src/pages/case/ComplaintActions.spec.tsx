import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Task } from '../../api/types';
import { ActionModal } from './ActionModal';
import { DENUNCIATION_CASE, DENUNCIATION_PROCEDURE } from './case-fixture';
import { meWith, mockApi, renderCasePage, renderWithProviders } from './case-test-kit';

const verifyStep = DENUNCIATION_CASE.steps[0];
const EXTEND = 'Gia hạn giải quyết (QĐ gia hạn)';

const dialogOf = (title: HTMLElement): HTMLElement => title.closest('[role="dialog"]') as HTMLElement;
const modalButton = (name: string) => within(dialogOf(screen.getByText(name, { selector: '.ant-modal-title' }))).getByRole('button', { name });
const actionBodies = (fetchMock: jest.Mock) =>
  fetchMock.mock.calls.filter(([url]) => String(url).includes('/actions')).map(([url, init]) => ({ url: String(url), body: JSON.parse(String((init as RequestInit).body)) }));

afterEach(() => localStorage.clear());

describe('the extension of a denunciation (QĐ gia hạn)', () => {
  function openExtend() {
    const onDone = jest.fn();
    renderWithProviders(
      <ActionModal
        action="extend"
        task={{ id: 'task-verify' }}
        step={verifyStep}
        definition={DENUNCIATION_PROCEDURE.steps[0]}
        grounds={DENUNCIATION_PROCEDURE.grounds}
        caseView={DENUNCIATION_CASE}
        currentUserId="u-chutich"
        onClose={jest.fn()}
        onDone={onDone}
        onStale={jest.fn()}
      />,
    );
    return onDone;
  }

  it('needs a complexity criterion and at most 30 days, and says so before sending anything', async () => {
    const fetchMock = mockApi({});
    openExtend();
    expect(screen.getByText('Quyết định sẽ được hệ thống cấp số khi ghi nhận.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Số quyết định gia hạn')).not.toBeInTheDocument();
    // Each extension is at most 30 days (Luật Tố cáo 2018 Art. 30): the input goes no higher.
    expect(screen.getByLabelText(/Số ngày gia hạn/)).toHaveAttribute('aria-valuemax', '30');
    await userEvent.click(modalButton(EXTEND));
    expect(await screen.findByText('Chỉ được gia hạn khi vụ việc phức tạp: chọn ít nhất một tiêu chí')).toBeInTheDocument();
    expect(screen.getByText('Hãy nhập số ngày gia hạn (1–30)')).toBeInTheDocument();
    expect(screen.getByText('Phải nêu lý do, căn cứ')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the criteria ticked, the days and the reason, once confirmed', async () => {
    const fetchMock = mockApi({ '/api/tasks/task-verify/actions': { body: { case: DENUNCIATION_CASE } } });
    const onDone = openExtend();
    // Each criterion with where the law lists it; the rule on how many extensions it allows.
    const criterion = screen.getByRole('checkbox', { name: /Vụ việc có nhiều nội dung hoặc liên quan đến nhiều địa điểm/ });
    expect(criterion.closest('label')).toHaveTextContent('NĐ 31/2019/NĐ-CP Điều 3 khoản 2');
    expect(screen.getByText(/1 tiêu chí: được gia hạn 1 lần; từ 2 tiêu chí/)).toHaveTextContent('Đã gia hạn 0 lần.');
    await userEvent.click(criterion);
    await userEvent.click(screen.getByLabelText(/Số ngày gia hạn/));
    await userEvent.paste('30');
    await userEvent.click(screen.getByLabelText(/Lý do gia hạn/));
    await userEvent.paste('Vụ việc nhiều nội dung, cần xác minh tại hai đơn vị');
    await userEvent.click(modalButton(EXTEND));

    const confirm = dialogOf(await screen.findByText(`${EXTEND} hồ sơ ${DENUNCIATION_CASE.code}?`, { selector: '.ant-modal-confirm-title' }));
    expect(confirm).toHaveTextContent('Quyết định gia hạn sẽ được cấp số');
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: EXTEND }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(actionBodies(fetchMock)).toEqual([
      {
        url: '/api/tasks/task-verify/actions',
        body: { action: 'extend', comment: 'Vụ việc nhiều nội dung, cần xác minh tại hai đơn vị', data: { amount: 30, criteria: ['nhieu-noi-dung-dia-diem'] } },
      },
    ]);
  });
});

describe('the leader’s decisions on a step the UBKT holds', () => {
  const holderTask: Task = {
    id: 'task-verify',
    caseId: DENUNCIATION_CASE.id,
    caseCode: DENUNCIATION_CASE.code,
    procedureCode: 'to-cao',
    stepKey: 'xac-minh',
    title: DENUNCIATION_CASE.title,
    name: 'Xác minh nội dung tố cáo',
    kind: 'action',
    dueAt: '2026-12-22',
    deadlineState: 'on_time',
    workingDaysLeft: 20,
    allowedActions: ['assign', 'approve', 'delegate'],
  };

  function serve(me: ReturnType<typeof meWith>, tasks: Task[] = []) {
    return mockApi({
      '/api/me': { body: me },
      [`/api/cases/${DENUNCIATION_CASE.id}`]: { body: DENUNCIATION_CASE },
      '/api/procedures': { body: [DENUNCIATION_PROCEDURE] },
      '/api/org-units': { body: { items: [] } },
      '/api/tasks/task-verify/actions': { body: { case: DENUNCIATION_CASE } },
      '/api/tasks': { body: { items: tasks, nextCursor: null } },
      '/api/calendar/deadline': { body: { start: '2026-11-22', due: '2026-12-22', skipped: [] } },
    });
  }

  it('offers a leader of the step’s unit the decisions the step allows them, sent to the open step', async () => {
    const fetchMock = serve(meWith('u-chutich', 'Nguyễn Văn Hùng', 'leader'));
    renderCasePage(DENUNCIATION_CASE.id);
    const block = await screen.findByTestId('leader-actions');
    expect(within(block).getAllByRole('button').map((b) => b.textContent)).toEqual([
      EXTEND,
      'Tạm đình chỉ (QĐ tạm đình chỉ)',
      'Người tố cáo rút tố cáo',
      'Đình chỉ giải quyết (QĐ đình chỉ)',
    ]); // no "resume": the clock is running
    expect(screen.getByText(/Bước hiện tại "Xác minh nội dung tố cáo" do Ủy ban Kiểm tra xử lý\./)).toBeInTheDocument();

    await userEvent.click(within(block).getByRole('button', { name: 'Tạm đình chỉ (QĐ tạm đình chỉ)' }));
    await userEvent.click(screen.getByRole('radio', { name: /Cần đợi kết quả giám định bổ sung/ }));
    await userEvent.click(screen.getByLabelText(/Lý do, căn cứ tạm đình chỉ/));
    await userEvent.paste('Chờ kết quả giám định chữ ký');
    await userEvent.click(modalButton('Tạm đình chỉ (QĐ tạm đình chỉ)'));
    const confirm = dialogOf(await screen.findByText(/Tạm đình chỉ \(QĐ tạm đình chỉ\) hồ sơ/, { selector: '.ant-modal-confirm-title' }));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Tạm đình chỉ (QĐ tạm đình chỉ)' }));
    await waitFor(() => expect(actionBodies(fetchMock)).toHaveLength(1));
    expect(actionBodies(fetchMock)[0]).toEqual({
      url: '/api/tasks/task-verify/actions',
      body: { action: 'suspend', comment: 'Chờ kết quả giám định chữ ký', data: { ground: 'doi-ket-qua-giam-dinh' } },
    });
  });

  it('offers nothing of the kind to a UBKT member who is not a leader, nor to the step’s holder', async () => {
    serve(meWith('u-ubkt2', 'Đỗ Văn Kiểm', 'ubkt'));
    const { unmount } = renderCasePage(DENUNCIATION_CASE.id);
    expect(await screen.findByText(/bạn không có thao tác nào ở bước này/)).toBeInTheDocument();
    expect(screen.queryByTestId('leader-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: EXTEND })).not.toBeInTheDocument();
    unmount();

    serve(meWith('u-ubkt', 'Phạm Thị Lan', 'ubkt'), [holderTask]);
    renderCasePage(DENUNCIATION_CASE.id);
    const panel = await screen.findByTestId('action-panel');
    await within(panel).findByRole('button', { name: 'Phân công tổ xác minh' });
    expect(within(panel).getByRole('button', { name: 'Trình báo cáo kết quả xác minh' })).toBeInTheDocument();
    expect(within(panel).queryByTestId('leader-actions')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: EXTEND })).not.toBeInTheDocument();
  });
});
