import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseView } from '../../api/types';
import { ActionModal } from './ActionModal';
import { FOUNDING_CASE } from './case-fixture';
import { mockApi, renderWithProviders } from './case-test-kit';

const step = (taskId: string, key: string, role: string) => ({
  taskId,
  key,
  name: key,
  status: 'open',
  assignee: { role, orgUnitId: 'unit-cdvc', userId: null },
  dueAt: '2026-12-10',
  deadlineState: 'on_time' as const,
  outcome: null,
  comment: null,
  completedAt: null,
});
const DISCIPLINE: CaseView = {
  ...FOUNDING_CASE,
  code: 'KL-2026-0004',
  procedureCode: 'ky-luat',
  data: { subject: { fullName: 'Lê Văn Tám', kind: 'can-bo' }, violation: 'Vi phạm', proposedForm: 'canh-cao', priorDiscipline: { by: 'dang', form: 'canh-cao', decidedOn: '2026-10-01' } },
  clock: undefined,
};
const DOCUMENT: CaseView = { ...FOUNDING_CASE, code: 'VB-2026-0002', procedureCode: 'ban-hanh-van-ban', data: { documentType: 'KH', summary: 'Kế hoạch' }, clock: undefined };
const STAND_IN = {
  id: '5b6c7d8e-0000-4000-8000-000000000009',
  principalUserId: 'u-chutich',
  principalName: 'Nguyễn Văn Hùng',
  substituteUserId: 'u-pho',
  substituteName: 'Trần Thị Mai',
  orgUnitId: 'unit-cdvc',
  orgUnitName: 'CĐVC',
  orgUnitCode: 'CĐVC',
  validFrom: '2026-11-01',
  validTo: '2026-12-31',
  scope: 'Ký văn bản',
  reference: '05/GUQ-CĐVC',
  createdBy: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  inForce: true,
};

const sent = (fetchMock: jest.Mock) => JSON.parse(String((fetchMock.mock.calls.filter(([url]) => String(url).includes('/actions'))[0][1] as RequestInit).body));
const modalButton = (name: string) => within(screen.getByText(name, { selector: '.ant-modal-title' }).closest('[role="dialog"]') as HTMLElement).getByRole('button', { name });
const confirm = async (name: string) => userEvent.click(within((await screen.findByText(/hồ sơ .*\?$/, { selector: '.ant-modal-confirm-title' })).closest('[role="dialog"]') as HTMLElement).getByRole('button', { name }));

function open(action: string, caseView: CaseView, s: ReturnType<typeof step>, currentUserId = 'u-chutich') {
  const onDone = jest.fn();
  renderWithProviders(<ActionModal action={action} task={{ id: s.taskId }} step={s} caseView={caseView} currentUserId={currentUserId} onClose={jest.fn()} onDone={onDone} onStale={jest.fn()} />);
  return onDone;
}

describe('the decisions of a discipline and a document', () => {
  it('defers a discipline on one of the Art. 6(1) grounds, with its reason', async () => {
    const fetchMock = mockApi({ '/api/tasks/task-advice/actions': { body: { case: DISCIPLINE } } });
    const onDone = open('suspend', DISCIPLINE, step('task-advice', 'tham-muu-ubkt', 'ubkt'), 'u-ubkt');
    expect(await screen.findByText('Trường hợp chưa xem xét kỷ luật')).toBeInTheDocument();
    await userEvent.click(modalButton('Tạm đình chỉ'));
    expect(await screen.findByText('Hãy chọn căn cứ pháp lý')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Đang nghỉ thai sản'));
    await userEvent.click(screen.getByLabelText('Lý do hoãn xem xét kỷ luật'));
    await userEvent.paste('Đương sự đang nghỉ thai sản đến tháng 3/2027.');
    await userEvent.click(modalButton('Tạm đình chỉ'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(fetchMock)).toEqual({ action: 'suspend', comment: 'Đương sự đang nghỉ thai sản đến tháng 3/2027.', data: { ground: 'nghi-thai-san' } });
  });

  it('the upper union decides the form: only the forms the subject can receive, none heavier than the Party’s', async () => {
    const fetchMock = mockApi({ '/api/tasks/task-upper/actions': { body: { case: DISCIPLINE } } });
    const onDone = open('approve', DISCIPLINE, step('task-upper', 'cap-tren-xem-xet', 'leader'));
    const picker = (await screen.findByText('Hình thức kỷ luật quyết định')).closest('.ant-form-item') as HTMLElement;
    expect([...picker.querySelectorAll('.ant-radio-wrapper')].map((r) => r.textContent)).toEqual(['Khiển trách', 'Cảnh cáo']);
    await userEvent.click(within(picker).getByText('Khiển trách'));
    await userEvent.click(modalButton('Phê duyệt'));
    await confirm('Phê duyệt');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(fetchMock)).toEqual({ action: 'approve', data: { form: 'khien-trach' } });
  });

  it('signs by written delegation (TUQ.): the stand-in held today is named; the API decides the mode', async () => {
    const fetchMock = mockApi({ '/api/stand-ins': { body: { items: [STAND_IN], nextCursor: null } }, '/api/tasks/task-sign/actions': { body: { case: DOCUMENT } } });
    const onDone = open('sign', DOCUMENT, step('task-sign', 'ky-ban-hanh', 'leader'), 'u-pho');
    await userEvent.click(await screen.findByText('Thừa ủy quyền (TUQ.) theo giấy ủy quyền'));
    await userEvent.click(screen.getByLabelText('Giấy ủy quyền'));
    await userEvent.click(await screen.findByText('05/GUQ-CĐVC – ký thay Nguyễn Văn Hùng, đến 31/12/2026', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(modalButton('Ký'));
    await confirm('Ký');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(fetchMock)).toEqual({ action: 'sign', data: { delegationRef: STAND_IN.id } });
  });
});
