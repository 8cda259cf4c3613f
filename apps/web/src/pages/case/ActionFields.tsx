import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, type FormInstance, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CaseStep, CaseView, LegalGround, Task } from '../../api/types';
import { FINDINGS, FINDING_WORDS } from '../../components/code-words';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { type ActionFormValues, type ActionSpec, actionSpec } from './action-form';
import type { OrgUnitPerson } from './case-api';
import { useCaseLabels } from './case-labels';
import { DecidedFormField } from './DecidedFormField';
import { MeetingFields } from './MeetingFields';
import { SigningFields } from './SigningFields';

const M = {
  vi: {
    comment: 'Ý kiến',
    commentFor: {
      reject: 'Lý do từ chối',
      return: 'Ghi chú gửi người nộp hồ sơ',
      extend: 'Lý do gia hạn',
      suspend: 'Lý do, căn cứ tạm đình chỉ',
      vote: 'Ghi chú',
      defer: 'Lý do hoãn xem xét kỷ luật',
      withdraw: 'Lý do rút hồ sơ',
      delegate: 'Nội dung giao việc',
      terminate: 'Lý do đình chỉ',
      resume: 'Lý do tiếp tục giải quyết',
      forward: 'Nội dung chuyển đơn',
      assign: 'Nhiệm vụ của tổ xác minh',
    } as Record<string, string>,
    resolution: 'Nội dung giải quyết, kết luận',
    resolutionRule: 'Phải ghi nội dung giải quyết, kết luận',
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
    amountRule: (max: number) => `Hãy nhập số ngày gia hạn (1–${max})`,
    decisionRef: 'Số quyết định gia hạn',
    decisionRefHint: 'Ví dụ: 03/QĐ-CĐVC',
    workingDays: 'ngày làm việc',
    calendarDays: 'ngày',
    ground: { reject: 'Căn cứ không thụ lý', suspend: 'Căn cứ tạm đình chỉ', terminate: 'Căn cứ đình chỉ', defer: 'Trường hợp chưa xem xét kỷ luật' } as Record<string, string>,
    groundRule: 'Hãy chọn căn cứ pháp lý',
    finding: 'Kết luận nội dung khiếu nại, tố cáo là',
    findingRule: 'Hãy chọn: đúng, đúng một phần hay sai',
    criteria: 'Tiêu chí vụ việc phức tạp (NĐ 31/2019/NĐ-CP Điều 3)',
    criteriaRule: 'Chỉ được gia hạn khi vụ việc phức tạp: chọn ít nhất một tiêu chí',
    criteriaHelp: (done: number) =>
      `1 tiêu chí: được gia hạn 1 lần; từ 2 tiêu chí (đặc biệt phức tạp): được gia hạn 2 lần, mỗi lần không quá 30 ngày (Luật Tố cáo 2018 Điều 30). Đã gia hạn ${done} lần.`,
    numbered: 'Quyết định sẽ được hệ thống cấp số khi ghi nhận.',
    members: 'Thành viên tổ xác minh',
    membersHelp: 'Người chọn đầu tiên là tổ trưởng, người nhận bước xác minh. Chỉ ủy viên Ủy ban Kiểm tra của đơn vị.',
    membersRule: 'Hãy chọn ít nhất một ủy viên Ủy ban Kiểm tra',
    membersPlaceholder: 'Chọn ủy viên',
    noMembers: 'Đơn vị không có ủy viên Ủy ban Kiểm tra nào khác.',
    head: 'tổ trưởng',
    forwardTo: 'Cơ quan, tổ chức có thẩm quyền nhận đơn',
    forwardToRule: 'Hãy ghi cơ quan có thẩm quyền',
    coercion: 'Có dấu hiệu người tố cáo bị đe dọa, cưỡng ép rút tố cáo (việc giải quyết vẫn tiếp tục, Luật Tố cáo 2018 Điều 33)',
    complex: 'Vụ việc phức tạp (thời hạn giải quyết 45 ngày)',
    obstacleDays: 'Số ngày trở ngại khách quan (không tính vào thời hiệu 90 ngày)',
    obstacleRule: 'Từ 0 đến 3650 ngày',
    findingsDiffer: 'Kết quả xác minh khác nội dung khiếu nại (phải có biên bản đối thoại trong hồ sơ)',
    measures: 'Kiến nghị biện pháp xử lý',
    method: 'Hình thức công khai',
    methodHint: 'Ví dụ: Niêm yết tại trụ sở; không nêu thông tin người tố cáo',
  },
  en: {
    comment: 'Comment',
    commentFor: {
      reject: 'Reason for rejecting',
      return: 'Note to the applicant',
      extend: 'Reason for the extension',
      suspend: 'Reason and legal basis for suspending',
      vote: 'Note',
      defer: 'Why the discipline is deferred',
      withdraw: 'Reason for withdrawing',
      delegate: 'Instructions',
      terminate: 'Reason for terminating',
      resume: 'Reason for resuming',
      forward: 'Note on the forwarding',
      assign: "The team's task",
    } as Record<string, string>,
    resolution: 'What is decided or concluded',
    resolutionRule: 'Write what is decided or concluded',
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
    amountRule: (max: number) => `Enter the days to add (1–${max})`,
    decisionRef: 'Extension decision number',
    decisionRefHint: 'e.g. 03/QĐ-CĐVC',
    workingDays: 'working days',
    calendarDays: 'calendar days',
    ground: { reject: 'Ground for not accepting', suspend: 'Ground for suspending', terminate: 'Ground for terminating', defer: 'Why the discipline is not yet considered' } as Record<string, string>,
    groundRule: 'Choose the legal ground',
    finding: 'The complaint or denunciation is',
    findingRule: 'Choose: right, partly right or wrong',
    criteria: 'Complexity criteria (Decree 31/2019 Art. 3)',
    criteriaRule: 'Only a complex case is extended: tick at least one criterion',
    criteriaHelp: (done: number) => `1 criterion: one extension; 2 or more (particularly complex): two, each at most 30 days (Denunciation Law 2018 Art. 30). Extended ${done} time(s) so far.`,
    numbered: 'The decision is numbered by the system when recorded.',
    members: 'Verification team members',
    membersHelp: "The first chosen heads the team and takes the verification step. Only the unit's inspection committee members.",
    membersRule: 'Choose at least one inspection committee member',
    membersPlaceholder: 'Choose members',
    noMembers: 'The unit has no other inspection committee member.',
    head: 'head',
    forwardTo: 'Competent body the letter goes to',
    forwardToRule: 'Name the competent body',
    coercion: 'Signs that the denouncer was threatened or forced to withdraw (the resolution goes on, Denunciation Law 2018 Art. 33)',
    complex: 'Complex case (45 days to resolve)',
    obstacleDays: 'Days lost to objective obstacles (not counted in the 90 days)',
    obstacleRule: 'From 0 to 3650 days',
    findingsDiffer: 'The verification differs from the claim (dialogue minutes must be on file)',
    measures: 'Measures recommended',
    method: 'How it was made public',
    methodHint: 'e.g. Posted at the office; the denouncer is not named',
  },
};

interface Props {
  action: string;
  form: FormInstance<ActionFormValues>;
  caseView: CaseView;
  step: CaseStep | undefined;
  task: Pick<Task, 'id'>;
  currentUserId?: string;
  /** what the action asks for here; by default read from the case's procedure and the step */
  spec?: ActionSpec;
}

/**
 * The inputs an action needs (tasks.dto.ts ActDataDto): items for a return, a person for a delegation, days for an
 * extension, and for complaints and denunciations the legal ground, the finding, the complexity criteria, the team.
 */
export function ActionFields({ action, form, caseView, step, task, currentUserId, spec = actionSpec(action, { procedureCode: caseView.procedureCode, stepKey: step?.key, caseData: caseView.data }) }: Props) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const deferral = caseView.procedureCode === 'ky-luat' && action === 'suspend';
  const commentLabel = spec.finding ? m.resolution : ((deferral ? m.commentFor.defer : m.commentFor[action]) ?? m.comment);
  const commentRule = spec.finding ? m.resolutionRule : action === 'reject' ? m.rejectRule : m.reasonRule;
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
      {spec.vote && <MeetingFields spec={spec.vote} caseView={caseView} />}
      {spec.disciplineForms && <DecidedFormField forms={spec.disciplineForms} />}
      {spec.signing && <SigningFields currentUserId={currentUserId} />}
      {spec.members && <TeamPicker step={step} />}
      {spec.grounds && (
        <GroundPicker name="ground" label={(deferral ? m.ground.defer : m.ground[action]) ?? m.ground.reject} grounds={spec.grounds} rule={m.groundRule} />
      )}
      {spec.finding && (
        <Form.Item name="finding" label={m.finding} rules={[{ required: true, message: m.findingRule }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={FINDINGS.map((f) => ({ value: f, label: FINDING_WORDS[i18n.language === 'en' ? 'en' : 'vi'][f] }))} />
        </Form.Item>
      )}
      {action === 'extend' && (
        <ExtendFields
          unit={caseView.clock?.taskId === task.id ? caseView.clock.budget.unit : 'working_days'}
          spec={spec}
          done={caseView.clock?.taskId === task.id ? caseView.clock.extensions.length : 0}
        />
      )}
      {spec.acceptance && (
        <>
          <Form.Item name="complex" valuePropName="checked" initialValue={(caseView.data as { complex?: boolean }).complex === true}>
            <Checkbox>{m.complex}</Checkbox>
          </Form.Item>
          <Form.Item name="obstacleDays" label={m.obstacleDays} rules={[{ type: 'integer', min: 0, max: 3650, message: m.obstacleRule }]}>
            <InputNumber min={0} max={3650} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </>
      )}
      {spec.findingsDiffer && (
        <Form.Item name="findingsDiffer" valuePropName="checked">
          <Checkbox>{m.findingsDiffer}</Checkbox>
        </Form.Item>
      )}
      {spec.forwardTo && (
        <Form.Item name="forwardTo" label={m.forwardTo} rules={[{ required: true, whitespace: true, message: m.forwardToRule }, { max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
      )}
      {spec.coercion && (
        <Form.Item name="coercionSuspected" valuePropName="checked">
          <Checkbox>{m.coercion}</Checkbox>
        </Form.Item>
      )}
      {spec.measures && (
        <Form.Item name="measures" label={m.measures} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      )}
      {spec.method && (
        <Form.Item name="method" label={m.method} extra={m.methodHint} rules={[{ max: 500 }]}>
          <Input maxLength={500} />
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label={commentLabel}
        rules={[...(spec.commentRequired ? [{ required: true, whitespace: true, message: commentRule }] : []), { max: 2000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** One of the legal grounds, each with where the law says it: the choice a refusal, suspension or termination rests on. */
function GroundPicker({ name, label, grounds, rule }: { name: 'ground'; label: string; grounds: LegalGround[]; rule: string }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: rule }]}>
      <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {grounds.map((g) => (
          <Radio key={g.code} value={g.code}>
            <span>{g.label}</span>
            {g.cite && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                {g.cite}
              </Typography.Text>
            )}
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

/** The verification team: UBKT members of the step's unit, in the order chosen (the first heads it). */
function TeamPicker({ step }: { step: CaseStep | undefined }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const unitId = step?.assignee.orgUnitId;
  const chosen = Form.useWatch('memberIds', Form.useFormInstance()) as string[] | undefined;
  const people = useQuery({
    queryKey: ['org-unit-people', unitId, 'ubkt'],
    queryFn: () => api<{ items: OrgUnitPerson[] }>(`/org-units/${unitId}/people?role=ubkt`),
    enabled: !!unitId,
  });
  const options = (people.data?.items ?? []).map((p) => ({ value: p.userId, label: p.title ? `${p.fullName} — ${p.title}` : p.fullName }));
  return (
    <>
      {people.isError && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={errorText(people.error, i18n.language, t('common.networkError'))} action={<Button size="small" onClick={() => void people.refetch()}>{t('common.retry')}</Button>} />
      )}
      {people.isSuccess && options.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={m.noMembers} />}
      <Form.Item name="memberIds" label={m.members} extra={m.membersHelp} rules={[{ required: true, type: 'array', min: 1, message: m.membersRule }]}>
        <Select
          mode="multiple"
          options={options}
          loading={people.isPending}
          placeholder={m.membersPlaceholder}
          showSearch={{ optionFilterProp: 'label' }}
          labelRender={(option) => (
            <span>
              {option.label}
              {option.value === chosen?.[0] ? ` (${m.head})` : ''}
            </span>
          )}
        />
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

function ExtendFields({ unit, spec, done }: { unit: string; spec: ActionSpec; done: number }) {
  const m = useMessages(M);
  const unitWords = unit === 'calendar_days' ? m.calendarDays : m.workingDays;
  return (
    <>
      {spec.criteria && (
        <Form.Item name="criteria" label={m.criteria} extra={m.criteriaHelp(done)} rules={[{ required: true, type: 'array', min: 1, message: m.criteriaRule }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {spec.criteria.map((c) => (
              <Checkbox key={c.code} value={c.code}>
                <span>{c.label}</span>
                {c.cite && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                    {c.cite}
                  </Typography.Text>
                )}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      )}
      <Form.Item name="amount" label={m.amount(unitWords)} rules={[{ required: true, type: 'integer', min: 1, max: spec.maxAmount, message: m.amountRule(spec.maxAmount) }]}>
        <InputNumber min={1} max={spec.maxAmount} precision={0} style={{ width: 160 }} />
      </Form.Item>
      {spec.decisionRef ? (
        <Form.Item name="decisionRef" label={m.decisionRef} extra={m.decisionRefHint} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      ) : (
        <Space style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{m.numbered}</Typography.Text>
        </Space>
      )}
    </>
  );
}
