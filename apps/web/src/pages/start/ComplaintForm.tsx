import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Form, type FormInstance, Input, InputNumber, Select, Spin, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CaseSummary, Page } from '../../api/types';
import { useSession } from '../../auth/session';
import { CASE_STATUS_WORDS } from '../../components/code-words';
import { viDate, vietnamToday } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import type { DeadlineResult } from '../case/case-api';
import type { CaseFormProps } from './case-form-props';
import { type ComplaintValues, complaintRequest, proposedComplaintTitle } from './complaint-request';
import { IntakeFields, SECTION, unitsWithRole } from './IntakeFields';
import { MAX_DECISION_NUMBER, MAX_LONG_TEXT, MAX_OBSTACLE_DAYS, MAX_PHONE, useIntakeRules } from './intake-rules';
import { PersonField } from './PersonField';
import { roleWords } from './procedure-words';
import { useIntakeSubmit } from './use-intake-submit';

const M = {
  vi: {
    secondInstance: 'Khiếu nại lần hai',
    secondInstanceHelp:
      'Khi người khiếu nại không đồng ý với quyết định giải quyết lần đầu, hoặc quá thời hạn mà khiếu nại lần đầu chưa được giải quyết. Do công đoàn cấp trên trực tiếp của đơn vị đã giải quyết lần đầu tiếp nhận, trong 30 ngày (vùng khó khăn 45 ngày) (Luật Khiếu nại 2011 Điều 33).',
    firstCase: 'Hồ sơ giải quyết khiếu nại lần đầu',
    firstCasePlaceholder: 'Chọn hồ sơ khiếu nại lần đầu',
    firstCaseHelp: 'Quyết định bị khiếu nại là quyết định giải quyết lần đầu của hồ sơ này.',
    firstCaseRule: 'Hãy chọn hồ sơ giải quyết khiếu nại lần đầu',
    noFirstCases: 'Không có hồ sơ khiếu nại nào của các đơn vị cấp dưới mà bạn được xem.',
    sectionComplainant: 'Người khiếu nại',
    complainantName: 'Họ và tên người khiếu nại',
    complainantAddress: 'Địa chỉ người khiếu nại',
    phone: 'Số điện thoại',
    sectionDecision: 'Quyết định, hành vi bị khiếu nại',
    sectionWindow: 'Thời hiệu khiếu nại',
    secondDecision: 'Là quyết định giải quyết lần đầu của hồ sơ đã chọn ở trên: số, ngày ban hành và người ký được lấy từ hồ sơ đó.',
    summary: 'Trích yếu quyết định, hành vi bị khiếu nại',
    summaryPlaceholder: 'Ví dụ: Quyết định thi hành kỷ luật khiển trách đối với ông Nguyễn Văn A',
    number: 'Số quyết định',
    numberPlaceholder: 'Ví dụ: 41/QĐ-CĐVC',
    issuedOn: 'Ngày ban hành',
    issuerName: 'Cơ quan, tổ chức ban hành',
    signer: 'Người ký quyết định',
    signerHelp: 'Người ký không được giao giải quyết khiếu nại này.',
    against: 'Người bị khiếu nại (không bắt buộc)',
    againstHelp: 'Người có quyết định, hành vi bị khiếu nại; họ sẽ không được xem hồ sơ.',
    learnedOn: 'Ngày nhận được hoặc biết quyết định',
    learnedOnHelp: 'Thời hiệu khiếu nại 90 ngày tính từ ngày này; để trống thì tính từ ngày ban hành, hoặc ngày nhận đơn.',
    obstacleDays: 'Số ngày trở ngại khách quan',
    obstacleDaysHelp: 'Ốm đau, thiên tai, đi công tác… không tính vào thời hiệu (Luật Khiếu nại 2011 Điều 9).',
    window: (date: string) => `Thời hiệu khiếu nại đến hết ngày ${date}.`,
    windowClosed: (date: string) =>
      `Thời hiệu khiếu nại đã hết ngày ${date}, trước ngày nhận đơn: đơn chỉ có thể không thụ lý (Luật Khiếu nại 2011 Điều 11 khoản 6), trừ khi có ngày trở ngại khách quan.`,
    sectionContent: 'Nội dung khiếu nại',
    content: 'Nội dung khiếu nại',
    contentHelp: 'Yêu cầu của người khiếu nại và lý do.',
    complex: 'Vụ việc phức tạp (thời hạn giải quyết 45 ngày thay vì 30)',
    remoteArea: 'Vùng sâu, vùng xa, đi lại khó khăn (thời hạn dài hơn)',
    title: 'Tiêu đề hồ sơ',
    titleHelp: 'Tự điền theo người khiếu nại; có thể sửa.',
    what: {
      complainantName: 'Họ và tên người khiếu nại',
      complainantAddress: 'Địa chỉ người khiếu nại',
      phone: 'Số điện thoại',
      summary: 'Trích yếu quyết định, hành vi bị khiếu nại',
      number: 'Số quyết định',
      issuedOn: 'Ngày ban hành',
      issuerName: 'Cơ quan ban hành',
      signer: 'Người ký',
      against: 'Họ tên người bị khiếu nại',
      learnedOn: 'Ngày biết quyết định',
      obstacleDays: 'Số ngày trở ngại khách quan',
      content: 'Nội dung khiếu nại',
      title: 'Tiêu đề hồ sơ',
    },
    submit: 'Tiếp nhận đơn khiếu nại',
    noRole: (role: string) => `Bạn không giữ vai trò ${role} ở đơn vị nào nên không thể tiếp nhận đơn khiếu nại. Liên hệ quản trị hệ thống nếu cần được phân quyền.`,
  },
  en: {
    secondInstance: 'Second-instance complaint',
    secondInstanceHelp:
      'When the complainant disagrees with the first decision, or its period lapsed without one. Received by the direct upper union of the unit that resolved it, within 30 days (45 in remote areas) (Complaints Law 2011 Art. 33).',
    firstCase: 'First-instance complaint case',
    firstCasePlaceholder: 'Choose the first-instance case',
    firstCaseHelp: "The decision complained of is this case's first-instance decision.",
    firstCaseRule: 'Choose the first-instance case',
    noFirstCases: 'No complaint case of the units below yours is visible to you.',
    sectionComplainant: 'Complainant',
    complainantName: "Complainant's full name",
    complainantAddress: "Complainant's address",
    phone: 'Phone',
    sectionDecision: 'Decision or act complained of',
    sectionWindow: 'Filing window',
    secondDecision: 'The first-instance decision of the case chosen above: its number, date and signer are taken from that case.',
    summary: 'Summary of the decision or act complained of',
    summaryPlaceholder: 'e.g. Decision on a reprimand of Mr Nguyễn Văn A',
    number: 'Decision number',
    numberPlaceholder: 'e.g. 41/QĐ-CĐVC',
    issuedOn: 'Issued on',
    issuerName: 'Issuing body',
    signer: 'Signed by',
    signerHelp: 'The signer is never assigned to this complaint.',
    against: 'Person complained against (optional)',
    againstHelp: 'Whose decision or act is complained of; they will not see the case.',
    learnedOn: 'Day the complainant received or learned of the decision',
    learnedOnHelp: 'The 90-day filing window runs from it; left empty, from the issue date or the day the letter arrived.',
    obstacleDays: 'Days lost to objective obstacles',
    obstacleDaysHelp: 'Illness, disaster, travel for work… are not counted (Complaints Law 2011 Art. 9).',
    window: (date: string) => `The filing window runs until ${date}.`,
    windowClosed: (date: string) => `The filing window closed on ${date}, before the letter arrived: it can only be refused (Art. 11(6)), unless days were lost to obstacles.`,
    sectionContent: 'The complaint',
    content: 'Content of the complaint',
    contentHelp: 'What the complainant asks for, and why.',
    complex: 'Complex case (45 days to resolve instead of 30)',
    remoteArea: 'Remote or hard-to-reach area (longer periods)',
    title: 'Case title',
    titleHelp: "Filled in from the complainant's name; you may change it.",
    what: {
      complainantName: "The complainant's full name",
      complainantAddress: "The complainant's address",
      phone: 'The phone number',
      summary: 'The summary of the decision complained of',
      number: 'The decision number',
      issuedOn: 'The issue date',
      issuerName: 'The issuing body',
      signer: 'The signer',
      against: 'The name of the person complained against',
      learnedOn: 'The day the complainant learned of the decision',
      obstacleDays: 'The days lost to obstacles',
      content: 'The content of the complaint',
      title: 'The case title',
    },
    submit: 'Receive the complaint',
    noRole: (role: string) => `You are not ${role} in any unit, so you cannot receive a complaint. Ask the administrator for the role if you need it.`,
  },
};

const DATE = { format: 'DD/MM/YYYY', style: { width: '100%', maxWidth: 220 }, disabledDate: (d: Dayjs) => d.format('YYYY-MM-DD') > vietnamToday() } as const;
const FILING_WINDOW_DAYS = 90;

/** Khiếu nại: the UBKT member enters the complaint they received (first or second instance), then its files. */
export function ComplaintForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<ComplaintValues>();
  const { submit, pending, alert } = useIntakeSubmit(form, complaintRequest, onCreated);
  const second = Form.useWatch('secondInstance', form) === true;
  const unitId = Form.useWatch('orgUnitId', form);
  const ownTitle = useRef(false);
  const firstCases = useQuery({
    queryKey: ['cases', 'first-instance-complaints'],
    queryFn: () => api<Page<CaseSummary>>('/cases?procedureCode=khieu-nai&limit=200'),
    enabled: second,
  });

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = procedure.steps[0]?.role ?? 'ubkt';
  const units = unitsWithRole(me, role);
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;

  const lang = i18n.language === 'en' ? 'en' : 'vi';
  // A second complaint is received at the upper union, about a case resolved below it: the receiving unit's own
  // cases are left out (the list does not say which instance a case is; the API checks the link either way).
  const firstOptions = (firstCases.data?.items ?? [])
    .filter((c) => c.orgUnitId !== unitId)
    .map((c) => ({ value: c.id, code: c.code, label: `${c.code} · ${c.title} (${CASE_STATUS_WORDS[lang][c.status] ?? c.status})` }));

  const follow = (changed: ComplaintValues, all: ComplaintValues) => {
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    if (ownTitle.current) return;
    if (changed.data?.complainant?.fullName !== undefined || changed.data?.firstCaseId !== undefined || changed.secondInstance !== undefined) {
      const firstCode = all.secondInstance ? firstOptions.find((o) => o.value === all.data?.firstCaseId)?.code : undefined;
      form.setFields([{ name: 'title', value: proposedComplaintTitle(all.data?.complainant?.fullName, firstCode), errors: [] }]);
    }
  };

  return (
    <Form<ComplaintValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={follow}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ orgUnitId: units[0].id, receivedAt: dayjs(vietnamToday()), title: '', secondInstance: false, data: { channel: 'truc-tiep' } }}
      style={{ maxWidth: 760 }}
    >
      {alert}
      <IntakeFields units={units} role={role} />

      <Form.Item name="secondInstance" valuePropName="checked" label={m.secondInstance} extra={m.secondInstanceHelp}>
        <Switch aria-label={m.secondInstance} />
      </Form.Item>
      {second && (
        <>
          {firstCases.isSuccess && firstOptions.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={m.noFirstCases} />}
          <Form.Item label={m.firstCase} name={['data', 'firstCaseId']} rules={[{ required: true, message: m.firstCaseRule }]} extra={m.firstCaseHelp}>
            <Select options={firstOptions} loading={firstCases.isPending} placeholder={m.firstCasePlaceholder} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </>
      )}

      <Typography.Title {...SECTION}>{m.sectionComplainant}</Typography.Title>
      <Form.Item label={m.complainantName} name={['data', 'complainant', 'fullName']} rules={rules.text(m.what.complainantName)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={m.complainantAddress} name={['data', 'complainant', 'address']} rules={rules.text(m.what.complainantAddress)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={m.phone} name={['data', 'complainant', 'phone']} rules={rules.optionalText(m.what.phone, MAX_PHONE)}>
        <Input autoComplete="off" inputMode="tel" maxLength={MAX_PHONE} style={{ maxWidth: 260 }} />
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionDecision}</Typography.Title>
      {second ? (
        <Typography.Paragraph type="secondary">{m.secondDecision}</Typography.Paragraph>
      ) : (
        <>
          <Form.Item label={m.summary} name={['data', 'decisionComplainedOf', 'summary']} rules={rules.text(m.what.summary)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={m.summaryPlaceholder} />
          </Form.Item>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item label={m.number} name={['data', 'decisionComplainedOf', 'number']} rules={rules.optionalText(m.what.number, MAX_DECISION_NUMBER)} style={{ flex: '1 1 200px' }}>
              <Input autoComplete="off" placeholder={m.numberPlaceholder} maxLength={MAX_DECISION_NUMBER} />
            </Form.Item>
            <Form.Item label={m.issuedOn} name={['data', 'decisionComplainedOf', 'issuedOn']} rules={rules.pastDate(m.what.issuedOn, false)} style={{ flex: '1 1 200px' }}>
              <DatePicker {...DATE} />
            </Form.Item>
          </div>
          <Form.Item label={m.issuerName} name={['data', 'decisionComplainedOf', 'issuerName']} rules={rules.optionalText(m.what.issuerName)}>
            <Input autoComplete="off" />
          </Form.Item>
          <PersonField
            form={form}
            base={['data', 'decisionComplainedOf']}
            nameKey="signerName"
            idKey="signerUserId"
            label={m.signer}
            unitId={unitId}
            rules={rules.optionalText(m.what.signer)}
            extra={m.signerHelp}
          />
        </>
      )}
      <PersonField form={form} base={['data', 'complainedAgainst']} label={m.against} unitId={unitId} rules={rules.optionalText(m.what.against)} extra={m.againstHelp} />
      {!second && (
        <>
          <Typography.Title {...SECTION}>{m.sectionWindow}</Typography.Title>
          <FilingWindow form={form} />
        </>
      )}

      <Typography.Title {...SECTION}>{m.sectionContent}</Typography.Title>
      <Form.Item label={m.content} name={['data', 'content']} rules={rules.text(m.what.content, MAX_LONG_TEXT)} extra={m.contentHelp}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={MAX_LONG_TEXT} />
      </Form.Item>
      <Form.Item name={['data', 'complex']} valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{m.complex}</Checkbox>
      </Form.Item>
      <Form.Item name={['data', 'remoteArea']} valuePropName="checked">
        <Checkbox>{m.remoteArea}</Checkbox>
      </Form.Item>
      <Form.Item label={m.title} name="title" rules={rules.text(m.what.title)} extra={m.titleHelp}>
        <Input autoComplete="off" />
      </Form.Item>

      <Button type="primary" htmlType="submit" size="large" loading={pending}>{m.submit}</Button>
    </Form>
  );
}

/**
 * The day the complainant learned of the decision, the days lost to obstacles, and the last day of the 90-day window
 * they give, counted by the server's calendar (`GET /api/calendar/deadline`) as the acceptance step will count it.
 */
function FilingWindow({ form }: { form: FormInstance<ComplaintValues> }) {
  const m = useMessages(M);
  const rules = useIntakeRules();
  const learnedOn = Form.useWatch(['data', 'learnedOn'], form) as Dayjs | null | undefined;
  const issuedOn = Form.useWatch(['data', 'decisionComplainedOf', 'issuedOn'], form) as Dayjs | null | undefined;
  const receivedAt = Form.useWatch('receivedAt', form) as Dayjs | null | undefined;
  const obstacleDays = (Form.useWatch(['data', 'obstacleDays'], form) as number | null | undefined) ?? 0;
  const from = (learnedOn ?? issuedOn ?? receivedAt)?.format('YYYY-MM-DD');
  const days = FILING_WINDOW_DAYS + (Number.isInteger(obstacleDays) && obstacleDays >= 0 && obstacleDays <= MAX_OBSTACLE_DAYS ? obstacleDays : 0);
  const window = useQuery({
    queryKey: ['calendar-deadline', from, days, 'calendar_days'],
    queryFn: () => api<DeadlineResult>(`/calendar/deadline?${new URLSearchParams({ start: from ?? '', amount: String(days), unit: 'calendar_days' })}`),
    enabled: !!from,
    staleTime: 60 * 60_000,
  });
  const received = receivedAt?.format('YYYY-MM-DD');
  const closed = window.data && received ? received > window.data.due : false;
  return (
    <>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item
          label={m.learnedOn}
          name={['data', 'learnedOn']}
          dependencies={['receivedAt']}
          rules={rules.learnedOn(() => form.getFieldValue('receivedAt') as Dayjs | null, m.what.learnedOn)}
          extra={m.learnedOnHelp}
          style={{ flex: '1 1 260px' }}
        >
          <DatePicker {...DATE} />
        </Form.Item>
        <Form.Item label={m.obstacleDays} name={['data', 'obstacleDays']} rules={rules.optionalInt(m.what.obstacleDays, 0, MAX_OBSTACLE_DAYS)} extra={m.obstacleDaysHelp} style={{ flex: '1 1 220px' }}>
          <InputNumber inputMode="numeric" min={0} max={MAX_OBSTACLE_DAYS} step={1} style={{ width: '100%', maxWidth: 160 }} />
        </Form.Item>
      </div>
      {window.data && (
        <Alert
          type={closed ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={closed ? m.windowClosed(viDate(window.data.due)) : m.window(viDate(window.data.due))}
          data-testid="filing-window"
        />
      )}
    </>
  );
}
