import { Alert, Button, DatePicker, Form, Input, Radio, Select, Spin, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { vietnamToday } from '../../components/dates';
import { formsForKind, heavier } from '../../components/union-lists';
import { BODY_WORDS, COMMITTEE_BODIES, DISCIPLINE_FORMS, DISCIPLINE_FORM_WORDS, PRIOR_BY_WORDS, SUBJECT_KINDS, SUBJECT_KIND_WORDS, wordOf } from '../../components/union-words';
import { useOrgUnits } from '../../components/use-org-units';
import { useMessages } from '../../i18n/use-messages';
import type { CaseFormProps } from './case-form-props';
import { type DisciplineValues, disciplineRequest, proposedDisciplineTitle } from './discipline-request';
import { DossierReceiptFields } from './DossierReceiptFields';
import { PAST_DATE_INPUT, ROW } from './form-bits';
import { SECTION } from './IntakeFields';
import { MAX_LONG_TEXT, useIntakeRules } from './intake-rules';
import { openerRole, unitsWhere } from './offered-procedures';
import { roleWords } from './procedure-words';
import { useIntakeSubmit } from './use-intake-submit';

const M = {
  vi: {
    sectionSubject: 'Đối tượng xem xét kỷ luật',
    kind: 'Đối tượng là',
    fullName: 'Họ và tên',
    collectiveName: 'Tên tập thể',
    collectivePlaceholder: 'Ví dụ: Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương',
    position: 'Chức vụ công đoàn, nơi công tác',
    unitId: 'Công đoàn nơi sinh hoạt',
    unitIdHelp: 'Đơn vị tiếp nhận hoặc công đoàn cấp dưới trực tiếp của đơn vị (QĐ 5130/QĐ-TLĐ Điều 10–12).',
    body: 'Tập thể',
    sectionViolation: 'Vi phạm và hình thức đề nghị',
    violation: 'Nội dung vi phạm',
    proposedForm: 'Hình thức kỷ luật đề nghị',
    proposedFormHelp: (forms: string) => `Với đối tượng này chỉ áp dụng: ${forms} (QĐ 5130/QĐ-TLĐ Điều 4).`,
    formRule: 'Hãy chọn hình thức kỷ luật',
    formPlaceholder: 'Chọn hình thức',
    heavierThanPrior: 'Không được áp dụng hình thức nặng hơn hình thức kỷ luật về Đảng, chính quyền đã có (QĐ 5130/QĐ-TLĐ Điều 3 khoản 10)',
    managingBody: 'Cơ quan quản lý người bị kỷ luật (Đảng, chính quyền, chuyên môn)',
    managingBodyHelp: 'Được thông báo bằng văn bản trong 15 ngày kể từ khi có quyết định kỷ luật (QĐ 5130/QĐ-TLĐ Điều 3 khoản 12).',
    hasPrior: 'Đã bị kỷ luật về Đảng hoặc chính quyền trước đó',
    priorHelp: 'Công đoàn xem xét trong 30 ngày làm việc và không áp dụng hình thức nặng hơn (QĐ 5130/QĐ-TLĐ Điều 3 khoản 10).',
    priorBy: 'Kỷ luật bởi',
    priorForm: 'Hình thức đã áp dụng',
    priorDecidedOn: 'Ngày quyết định',
    priorReference: 'Số quyết định',
    title: 'Tiêu đề hồ sơ',
    titleHelp: 'Tự điền theo tên đối tượng; có thể sửa.',
    submit: 'Tiếp nhận hồ sơ kỷ luật',
    noRole: (role: string) => `Bạn không giữ vai trò ${role} ở đơn vị nào nên không thể tiếp nhận hồ sơ kỷ luật.`,
    required: 'Hãy chọn',
    what: { fullName: 'Họ và tên', position: 'Chức vụ', violation: 'Nội dung vi phạm', managingBody: 'Cơ quan quản lý', decidedOn: 'Ngày quyết định', reference: 'Số quyết định', title: 'Tiêu đề hồ sơ' },
  },
  en: {
    sectionSubject: 'Who is considered',
    kind: 'The subject is',
    fullName: 'Full name',
    collectiveName: 'Name of the collective',
    collectivePlaceholder: 'e.g. Ban Chấp hành Công đoàn cơ sở Trường THPT Hùng Vương',
    position: 'Union post and workplace',
    unitId: 'Union they belong to',
    unitIdHelp: 'The receiving unit or a union directly below it (QĐ 5130/QĐ-TLĐ Art. 10–12).',
    body: 'Body',
    sectionViolation: 'Violation and proposed form',
    violation: 'The violation',
    proposedForm: 'Proposed form of discipline',
    proposedFormHelp: (forms: string) => `For this subject only: ${forms} (QĐ 5130/QĐ-TLĐ Art. 4).`,
    formRule: 'Choose the form of discipline',
    formPlaceholder: 'Choose a form',
    heavierThanPrior: 'No form heavier than the Party or administrative discipline already imposed (QĐ 5130/QĐ-TLĐ Art. 3(10))',
    managingBody: 'Body that manages the person (Party, government, employer)',
    managingBodyHelp: 'Told in writing within 15 days of the decision (QĐ 5130/QĐ-TLĐ Art. 3(12)).',
    hasPrior: 'Already disciplined by the Party or the government',
    priorHelp: 'The union decides within 30 working days and never more heavily (QĐ 5130/QĐ-TLĐ Art. 3(10)).',
    priorBy: 'Imposed by',
    priorForm: 'Form imposed',
    priorDecidedOn: 'Decided on',
    priorReference: 'Decision number',
    title: 'Case title',
    titleHelp: "Filled in from the subject's name; you may change it.",
    submit: 'Receive the discipline dossier',
    noRole: (role: string) => `You are not ${role} in any unit, so you cannot receive a discipline dossier.`,
    required: 'Choose one',
    what: { fullName: 'The full name', position: 'The post', violation: 'The violation', managingBody: 'The managing body', decidedOn: 'The decision date', reference: 'The decision number', title: 'The case title' },
  },
};

/**
 * Kỷ luật (ky-luat): the UBKT records the proposal. The forms offered follow the subject's kind (QĐ 5130 Art. 4) and
 * never exceed a prior Party or administrative discipline (Art. 3(10)).
 */
export function DisciplineForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<DisciplineValues>();
  const { submit, pending, alert } = useIntakeSubmit(form, disciplineRequest, onCreated);
  const kind = Form.useWatch(['data', 'subject', 'kind'], form) as string | undefined;
  const hasPrior = Form.useWatch('hasPrior', form) === true;
  const orgUnitId = Form.useWatch('orgUnitId', form) as string | undefined;
  const orgUnits = useOrgUnits();
  // The subject belongs to the deciding union or to a union directly below it (QĐ 5130 Art. 10–12).
  const subjectUnits = (orgUnits.data?.items ?? []).filter((u) => u.id === orgUnitId || u.parentId === orgUnitId);
  const ownTitle = useRef(false);

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = openerRole(procedure);
  const units = unitsWhere(me, role);
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;
  const forms = formsForKind(procedure as never, kind, i18n.language);
  const collective = kind === 'tap-the';

  const follow = (changed: DisciplineValues, all: DisciplineValues) => {
    const newKind = changed.data?.subject?.kind;
    if (newKind !== undefined && all.data?.proposedForm && !formsForKind(procedure as never, newKind, 'vi').some((f) => f.code === all.data?.proposedForm)) {
      form.setFieldValue(['data', 'proposedForm'], undefined);
    }
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    if (!ownTitle.current && changed.data?.subject?.fullName !== undefined) {
      form.setFields([{ name: 'title', value: proposedDisciplineTitle(all.data?.subject?.fullName), errors: [] }]);
    }
  };

  return (
    <Form<DisciplineValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={follow}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ orgUnitId: units[0].id, receivedAt: dayjs(vietnamToday()), title: '', hasPrior: false, data: { subject: { kind: 'can-bo' } } }}
      style={{ maxWidth: 760 }}
    >
      {alert}
      <DossierReceiptFields units={units} role={role} />

      <Typography.Title {...SECTION}>{m.sectionSubject}</Typography.Title>
      <Form.Item label={m.kind} name={['data', 'subject', 'kind']}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={SUBJECT_KINDS.map((k) => ({ value: k, label: wordOf(SUBJECT_KIND_WORDS, i18n.language, k) }))} />
      </Form.Item>
      <Form.Item label={collective ? m.collectiveName : m.fullName} name={['data', 'subject', 'fullName']} rules={rules.text(m.what.fullName)}>
        <Input autoComplete="off" placeholder={collective ? m.collectivePlaceholder : undefined} />
      </Form.Item>
      <div style={ROW}>
        {collective ? (
          <Form.Item label={m.body} name={['data', 'subject', 'body']} rules={[{ required: true, message: m.required }]} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Radio.Group optionType="button" options={COMMITTEE_BODIES.map((b) => ({ value: b, label: wordOf(BODY_WORDS, i18n.language, b) }))} />
          </Form.Item>
        ) : (
          <Form.Item label={m.position} name={['data', 'subject', 'position']} rules={rules.optionalText(m.what.position)} style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item label={m.unitId} name={['data', 'subject', 'unitId']} extra={m.unitIdHelp} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Select allowClear options={subjectUnits.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
      </div>

      <Typography.Title {...SECTION}>{m.sectionViolation}</Typography.Title>
      <Form.Item label={m.violation} name={['data', 'violation']} rules={rules.text(m.what.violation, MAX_LONG_TEXT)}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={MAX_LONG_TEXT} />
      </Form.Item>
      <Form.Item
        label={m.proposedForm}
        name={['data', 'proposedForm']}
        dependencies={['hasPrior', ['data', 'priorDiscipline', 'form']]}
        extra={forms.length ? m.proposedFormHelp(forms.map((f) => f.label).join(', ')) : undefined}
        rules={[
          { required: true, message: m.formRule },
          {
            validator: async (_rule, value: string | undefined) => {
              const prior = form.getFieldValue(['data', 'priorDiscipline', 'form']) as string | undefined;
              if (value && form.getFieldValue('hasPrior') && prior && heavier(value, prior)) throw new Error(m.heavierThanPrior);
            },
          },
        ]}
      >
        <Select placeholder={m.formPlaceholder} options={forms.map((f) => ({ value: f.code, label: f.label }))} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item label={m.managingBody} name={['data', 'managingBody']} rules={rules.optionalText(m.what.managingBody)} extra={m.managingBodyHelp}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="hasPrior" valuePropName="checked" label={m.hasPrior} extra={m.priorHelp}>
        <Switch aria-label={m.hasPrior} />
      </Form.Item>
      {hasPrior && (
        <>
          <div style={ROW}>
            <Form.Item label={m.priorBy} name={['data', 'priorDiscipline', 'by']} rules={[{ required: true, message: m.required }]} style={{ flex: '1 1 240px' }}>
              <Radio.Group options={['dang', 'chinh-quyen'].map((b) => ({ value: b, label: wordOf(PRIOR_BY_WORDS, i18n.language, b) }))} />
            </Form.Item>
            <Form.Item label={m.priorForm} name={['data', 'priorDiscipline', 'form']} rules={[{ required: true, message: m.required }]} style={{ flex: '1 1 200px' }}>
              <Select options={DISCIPLINE_FORMS.map((f) => ({ value: f, label: wordOf(DISCIPLINE_FORM_WORDS, i18n.language, f) }))} style={{ maxWidth: 240 }} />
            </Form.Item>
          </div>
          <div style={ROW}>
            <Form.Item label={m.priorDecidedOn} name={['data', 'priorDiscipline', 'decidedOn']} rules={rules.pastDate(m.what.decidedOn, true)} style={{ flex: '1 1 200px' }}>
              <DatePicker {...PAST_DATE_INPUT} />
            </Form.Item>
            <Form.Item label={m.priorReference} name={['data', 'priorDiscipline', 'reference']} rules={rules.optionalText(m.what.reference, 100)} style={{ flex: '1 1 200px' }}>
              <Input autoComplete="off" maxLength={100} />
            </Form.Item>
          </div>
        </>
      )}
      <Form.Item label={m.title} name="title" rules={rules.text(m.what.title)} extra={m.titleHelp}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={pending}>
        {m.submit}
      </Button>
    </Form>
  );
}
