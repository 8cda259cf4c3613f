import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseView } from '../../api/types';
import { ActionModal, type ActionModalProps } from './ActionModal';
import { DECISION_TASK, FOUNDING_CASE } from './case-fixture';
import { mockApi, renderWithProviders } from './case-test-kit';

const decisionStep = FOUNDING_CASE.steps[1];
const checkStep = { ...FOUNDING_CASE.steps[0], status: 'open', outcome: null, comment: null, completedAt: null };
const checkTask = { ...DECISION_TASK, id: 'task-check', stepKey: 'kiem-tra-ho-so', allowedActions: ['approve', 'return', 'reject', 'withdraw', 'delegate'] };

function open(props: Partial<ActionModalProps> & Pick<ActionModalProps, 'action'>) {
  const handlers = { onClose: jest.fn(), onDone: jest.fn(), onStale: jest.fn() };
  renderWithProviders(<ActionModal task={DECISION_TASK} step={decisionStep} caseView={FOUNDING_CASE} currentUserId="u-chutich" {...handlers} {...props} />);
  return handlers;
}

/** The JSON body of the n-th call to the action endpoint. */
const sentBody = (fetchMock: jest.Mock, n = 0): unknown => {
  const calls = fetchMock.mock.calls.filter(([url]) => String(url).includes('/actions'));
  return JSON.parse(String((calls[n][1] as RequestInit).body));
};

/** Types as a paste: Ant Design's auto-sizing text areas make key-by-key typing slow on a busy machine. */
async function typeInto(label: RegExp | string, text: string) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.paste(text);
}

// Ant Design's ids are all "test-id" under Jest, so dialogs are found by their title's text rather than by name.
const dialogOf = (title: HTMLElement): HTMLElement => title.closest('[role="dialog"]') as HTMLElement;
/** The action modal's own submit button, named like its title. */
const modalButton = (name: string) => within(dialogOf(screen.getByText(name, { selector: '.ant-modal-title' }))).getByRole('button', { name });

describe('ActionModal', () => {

  it('refuses a rejection without a reason, in words beside the field, and sends nothing', async () => {
    const fetchMock = mockApi({});
    open({ action: 'reject' });
    await userEvent.click(modalButton('Từ chối'));
    expect(await screen.findByText('Từ chối phải nêu rõ lý do')).toBeInTheDocument();
    expect(screen.getByLabelText('Lý do từ chối')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks before a rejection, shows the server’s 422 in the modal and keeps the reason typed', async () => {
    const fetchMock = mockApi({
      '/api/tasks/task-decide/actions': {
        status: 422,
        body: { statusCode: 422, error: 'ACTION_NOT_ALLOWED', message: 'Bước "Xét duyệt, quyết định công nhận" không cho phép thao tác này', messageEn: 'not allowed' },
      },
    });
    const { onDone } = open({ action: 'reject' });
    await typeInto('Lý do từ chối', 'Số đoàn viên chưa đủ theo Điều lệ');
    await userEvent.click(modalButton('Từ chối'));

    // Irreversible: nothing is sent until the user confirms.
    const confirm = dialogOf(await screen.findByText('Từ chối hồ sơ TL-2026-0007?', { selector: '.ant-modal-confirm-title' }));
    expect(confirm).toHaveTextContent('Thao tác này không thể hoàn tác');
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Từ chối' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Bước "Xét duyệt, quyết định công nhận" không cho phép thao tác này');
    expect(screen.getByLabelText('Lý do từ chối')).toHaveValue('Số đoàn viên chưa đủ theo Điều lệ');
    expect(sentBody(fetchMock)).toEqual({ action: 'reject', comment: 'Số đoàn viên chưa đủ theo Điều lệ' });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says when the step moved on (409) and offers to reload the case, keeping the modal and its text', async () => {
    mockApi({
      '/api/tasks/task-check/actions': { status: 409, body: { statusCode: 409, error: 'STEP_CLOSED', message: 'Bước xử lý này đã kết thúc', messageEn: 'This step is no longer open' } },
    });
    const { onStale, onDone } = open({ action: 'approve', task: checkTask, step: checkStep });
    await typeInto(/^Ý kiến/, 'Hồ sơ đầy đủ');
    await userEvent.click(modalButton('Đồng ý'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Bước xử lý này đã kết thúc');
    expect(screen.getByLabelText(/^Ý kiến/)).toHaveValue('Hồ sơ đầy đủ');
    await userEvent.click(within(alert).getByRole('button', { name: 'Tải lại hồ sơ' }));
    expect(onStale).toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends a return with the ticked checklist keys and the extra items written in', async () => {
    const returned: CaseView = { ...FOUNDING_CASE, steps: [...FOUNDING_CASE.steps] };
    const fetchMock = mockApi({ '/api/tasks/task-check/actions': { body: { case: returned } } });
    const { onDone } = open({ action: 'return', task: checkTask, step: checkStep });

    // The required item without a file is ticked already; the officer adds the optional one and a free-text item.
    expect(screen.getByRole('checkbox', { name: /Biên bản đại hội thành lập/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Tờ trình đề nghị công nhận/ })).not.toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: /Báo cáo tình hình sử dụng lao động/ }));
    await typeInto(/Nội dung khác cần bổ sung/, 'Bản sao CCCD của Chủ tịch BCH');
    await userEvent.click(modalButton('Trả lại bổ sung hồ sơ'));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(returned));
    expect(sentBody(fetchMock)).toEqual({ action: 'return', data: { missing: ['bien-ban-dai-hoi', 'bao-cao-lao-dong', 'Bản sao CCCD của Chủ tịch BCH'] } });
    const headers = (fetchMock.mock.calls[0][1] as RequestInit).headers as Record<string, string>;
    expect(headers['Idempotency-Key']).toMatch(/^[\x21-\x7e]{16,}$/);
  });

  it('does not send a return that names nothing', async () => {
    const fetchMock = mockApi({});
    open({ action: 'return', task: checkTask, step: checkStep });
    await userEvent.click(screen.getByRole('checkbox', { name: /Biên bản đại hội thành lập/ }));
    await userEvent.click(modalButton('Trả lại bổ sung hồ sơ'));
    expect(await screen.findByText('Hãy chọn hoặc ghi ít nhất một thành phần còn thiếu')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('offers the other holders of the step’s role for a delegation and puts a 400’s field message beside the picker', async () => {
    const fetchMock = mockApi({
      '/api/org-units/unit-cdvc/people': {
        body: {
          items: [
            { userId: 'u-chutich', fullName: 'Nguyễn Văn Hùng', role: 'leader', title: 'Chủ tịch' },
            { userId: 'u-pct', fullName: 'Trần Thị Mai', role: 'leader', title: 'Phó Chủ tịch' },
          ],
        },
      },
      '/api/tasks/task-decide/actions': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: 'Dữ liệu không hợp lệ',
          details: [{ field: 'data.toUserId', rule: 'isUuid', message: "Trường 'data.toUserId' phải là mã định danh UUID hợp lệ", messageEn: 'uuid' }],
        },
      },
    });
    open({ action: 'delegate' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Giao cho' }));
    expect(await screen.findByText('Trần Thị Mai — Phó Chủ tịch')).toBeInTheDocument();
    expect(screen.queryByText('Nguyễn Văn Hùng — Chủ tịch')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Trần Thị Mai — Phó Chủ tịch'));
    await userEvent.click(modalButton('Giao cho người khác'));

    expect(await screen.findByText("Trường 'data.toUserId' phải là mã định danh UUID hợp lệ")).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/org-units/unit-cdvc/people?role=leader');
    expect(sentBody(fetchMock)).toEqual({ action: 'delegate', data: { toUserId: 'u-pct' } });
  });
});
