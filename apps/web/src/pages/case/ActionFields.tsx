import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, type FormInstance, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CaseStep, CaseView, Task } from '../../api/types';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { COMMENT_REQUIRED, type ActionFormValues } from './action-form';
import type { OrgUnitPerson } from './case-api';
import { useCaseLabels } from './case-labels';

const M = {
  vi: {
    comment: 'Ý kiến',
    commentFor: {
      reject: 'Lý do từ chối',
      return: 'Ghi chú gửi người nộp hồ sơ',
      extend: 'Lý do gia hạn',
      suspend: 'Lý do, căn cứ tạm đình chỉ',
      withdraw: 'Lý do rút hồ sơ',
      delegate: 'Nội dung giao việc',
    } as Record<string, string>,
    rejectRule: 'Từ chối phải nêu rõ lý do',
    reasonRule: 'Phải nêu lý do, căn cứ',
    missing: 'Thành phần hồ sơ còn thiếu',
    required: 'bắt buộc',
    extraMissing: 'Nội dung khác cần bổ sung (mỗi dòng một mục)',
    missingRule: 'Hãy chọn hoặc ghi ít nhất một thành phần còn thiếu',
    toUser: 'Giao cho',
    toUserRule: 'Hãy chọn người nhận',
    toUserPlaceholder: 'Chọn cán bộ',
    nobody: 'Không có người nào khác giữ vai trò này tại đơn vị.',
    amount: (unit: string) => `Số ${unit} gia hạn`,
    amountRule: 'Hãy nhập số ngày gia hạn (1–366)',
    decisionRef: 'Số quyết định gia hạn',
    decisionRefHint: 'Ví dụ: 03/QĐ-CĐVC',
    workingDays: 'ngày làm việc',
    calendarDays: 'ngày',
  },
  en: {
    comment: 'Comment',
    commentFor: {
      reject: 'Reason for rejecting',
      return: 'Note to the applicant',
      extend: 'Reason for the extension',
      suspend: 'Reason and legal basis for suspending',
      withdraw: 'Reason for withdrawing',
      delegate: 'Instructions',
    } as Record<string, string>,
    rejectRule: 'A rejection must state its reason',
    reasonRule: 'Give the reason and its basis',
    missing: 'Missing dossier items',
    required: 'required',
    extraMissing: 'Other items to supply (one per line)',
    missingRule: 'Tick or write at least one missing item',
    toUser: 'Hand over to',
    toUserRule: 'Choose who takes the step',
    toUserPlaceholder: 'Choose an officer',
    nobody: 'Nobody else holds this role in the unit.',
    amount: (unit: string) => `Extra ${unit}`,
    amountRule: 'Enter the days to add (1–366)',
    decisionRef: 'Extension decision number',
    decisionRefHint: 'e.g. 03/QĐ-CĐVC',
    workingDays: 'working days',
    calendarDays: 'calendar days',
  },
};

interface Props {
  action: string;
  form: FormInstance<ActionFormValues>;
  caseView: CaseView;
  step: CaseStep | undefined;
  task: Task;
  currentUserId?: string;
}

/** The inputs an action needs (tasks.dto.ts ActDataDto): items for a return, a person for a delegation, days for an extension. */
export function ActionFields({ action, form, caseView, step, task, currentUserId }: Props) {
  const m = useMessages(M);
  const commentRequired = COMMENT_REQUIRED.includes(action);
  return (
    <>
      {action === 'return' && (
        <>
          <Form.Item
            name="missing"
            label={m.missing}
            required
            rules={[
              {
                validator: async (_rule, value: string[] | undefined) => {
                  if (!value?.length && !form.getFieldValue('extraMissing')?.trim()) throw new Error(m.missingRule);
                },
              },
            ]}
          >
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              {caseView.dossier.map((d) => (
                <Checkbox key={d.key} value={d.key}>
                  {d.name}
                  {d.required ? ` (${m.required})` : ''}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
          <Form.Item name="extraMissing" label={m.extraMissing}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} onChange={() => void form.validateFields(['missing']).catch(() => undefined)} />
          </Form.Item>
        </>
      )}
      {action === 'delegate' && <DelegatePicker step={step} currentUserId={currentUserId} />}
      {action === 'extend' && <ExtendFields unit={caseView.clock?.taskId === task.id ? caseView.clock.budget.unit : 'working_days'} />}
      <Form.Item
        name="comment"
        label={m.commentFor[action] ?? m.comment}
        rules={[
          ...(commentRequired ? [{ required: true, whitespace: true, message: action === 'reject' ? m.rejectRule : m.reasonRule }] : []),
          { max: 2000 },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** The people who hold the step's role in its unit today (GET /api/org-units/:id/people), but the user themself. */
function DelegatePicker({ step, currentUserId }: { step: CaseStep | undefined; currentUserId?: string }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const unitId = step?.assignee.orgUnitId;
  const role = step?.assignee.role;
  const people = useQuery({
    queryKey: ['org-unit-people', unitId, role],
    queryFn: () => api<{ items: OrgUnitPerson[] }>(`/org-units/${unitId}/people?role=${encodeURIComponent(role ?? '')}`),
    enabled: !!unitId && !!role,
  });
  const options = (people.data?.items ?? [])
    .filter((p) => p.userId !== currentUserId)
    .map((p) => ({ value: p.userId, label: `${p.fullName} — ${p.title ?? labels.role(p.role)}` }));
  return (
    <>
      {people.isError && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={errorText(people.error, i18n.language, t('common.networkError'))} action={<Button size="small" onClick={() => void people.refetch()}>{t('common.retry')}</Button>} />
      )}
      {people.isSuccess && options.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={m.nobody} />}
      <Form.Item name="toUserId" label={m.toUser} rules={[{ required: true, message: m.toUserRule }]}>
        <Select options={options} loading={people.isPending} placeholder={m.toUserPlaceholder} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
    </>
  );
}

function ExtendFields({ unit }: { unit: string }) {
  const m = useMessages(M);
  const unitWords = unit === 'calendar_days' ? m.calendarDays : m.workingDays;
  return (
    <>
      <Form.Item name="amount" label={m.amount(unitWords)} rules={[{ required: true, type: 'integer', min: 1, max: 366, message: m.amountRule }]}>
        <InputNumber min={1} max={366} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="decisionRef" label={m.decisionRef} extra={m.decisionRefHint} rules={[{ max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
