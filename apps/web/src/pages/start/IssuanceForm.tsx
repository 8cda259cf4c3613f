import { Alert, Button, Form, Input, Select, Spin, Switch, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { documentTypesOf } from '../../components/union-lists';
import { useMessages } from '../../i18n/use-messages';
import type { CaseFormProps } from './case-form-props';
import { CorrectionFields } from './CorrectionFields';
import { DossierReceiptFields } from './DossierReceiptFields';
import { ROW } from './form-bits';
import { SECTION } from './IntakeFields';
import { MAX_LONG_TEXT, useIntakeRules } from './intake-rules';
import { type IssuanceValues, issuanceRequest, linesOf, proposedIssuanceTitle } from './issuance-request';
import { openerRole, unitsWhere } from './offered-procedures';
import { roleWords } from './procedure-words';
import { UnitPersonSelect } from './UnitPersonSelect';
import { useIntakeSubmit } from './use-intake-submit';

const M = {
  vi: {
    sectionDocument: 'Văn bản',
    documentType: 'Loại văn bản',
    typeRule: 'Hãy chọn loại văn bản',
    summary: 'Trích yếu',
    summaryPlaceholder: 'Ví dụ: về việc tổ chức Hội nghị tổng kết công tác công đoàn năm 2026',
    content: 'Nội dung dự thảo',
    contentHelp: 'Mỗi đoạn một dòng; có thể đính kèm tệp dự thảo ở bước sau.',
    recipients: 'Nơi nhận',
    recipientsHelp: 'Mỗi dòng một nơi nhận.',
    recipientsPlaceholder: 'Như trên;\nBan Thường vụ LĐLĐ tỉnh (b/c);\nLưu: VT.',
    recipientsRule: 'Văn bản phải có ít nhất một nơi nhận',
    sectionPeople: 'Người ký, người soạn thảo',
    signer: 'Người ký',
    signerHelp: 'Lãnh đạo đơn vị: duyệt dự thảo và ký văn bản.',
    signerRule: 'Hãy chọn người ký',
    drafter: 'Chuyên viên soạn thảo',
    drafterHelp: 'Để trống: bạn soạn thảo.',
    sectionHandling: 'Độ khẩn, độ mật',
    urgent: 'Hỏa tốc, thượng khẩn (phát hành ngay khi ký)',
    secret: 'Văn bản mật (số riêng trong sổ văn bản mật)',
    title: 'Tiêu đề hồ sơ',
    titleHelp: 'Tự điền theo loại văn bản và trích yếu; có thể sửa.',
    submit: 'Tạo hồ sơ ban hành văn bản',
    noRole: (role: string) => `Bạn không giữ vai trò ${role} ở đơn vị nào nên không thể khởi tạo văn bản.`,
    what: { summary: 'Trích yếu', content: 'Nội dung dự thảo', title: 'Tiêu đề hồ sơ' },
  },
  en: {
    sectionDocument: 'The document',
    documentType: 'Document type',
    typeRule: 'Choose the document type',
    summary: 'Summary (trích yếu)',
    summaryPlaceholder: 'e.g. on the year-end union conference 2026',
    content: 'Draft text',
    contentHelp: 'One paragraph per line; the draft file can be attached in the next step.',
    recipients: 'Recipients',
    recipientsHelp: 'One recipient per line.',
    recipientsPlaceholder: 'As above;\nStanding Committee of the Federation (to report);\nFiled: records.',
    recipientsRule: 'A document needs at least one recipient',
    sectionPeople: 'Signer and drafter',
    signer: 'Signer',
    signerHelp: "A leader of the unit: approves the draft and signs the document.",
    signerRule: 'Choose the signer',
    drafter: 'Drafter',
    drafterHelp: 'Left empty: you draft it.',
    sectionHandling: 'Urgency and secrecy',
    urgent: 'Urgent (dispatched as soon as it is signed)',
    secret: 'Secret document (its own number series)',
    title: 'Case title',
    titleHelp: 'Filled in from the type and the summary; you may change it.',
    submit: 'Start the document',
    noRole: (role: string) => `You are not ${role} in any unit, so you cannot start a document.`,
    what: { summary: 'The summary', content: 'The draft text', title: 'The case title' },
  },
};

/**
 * Ban hành văn bản (ban-hanh-van-ban): the drafter starts a document: its type and trích yếu, the leader who signs,
 * the draft, where it goes, urgency and secrecy, or the issued document it corrects (NĐ 30/2020 Art. 10–19).
 */
export function IssuanceForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<IssuanceValues>();
  const { submit, pending, alert } = useIntakeSubmit(form, issuanceRequest, onCreated);
  const unitId = Form.useWatch('orgUnitId', form) as string | undefined;
  const ownTitle = useRef(false);

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = openerRole(procedure);
  const units = unitsWhere(me, role);
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;
  const types = documentTypesOf(procedure as never, i18n.language);
  const typesVi = documentTypesOf(procedure as never, 'vi');

  const follow = (changed: IssuanceValues, all: IssuanceValues) => {
    if (changed.orgUnitId !== undefined) form.setFieldValue(['data', 'signerId'], undefined);
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    if (!ownTitle.current && (changed.data?.documentType !== undefined || changed.data?.summary !== undefined)) {
      const typeName = typesVi.find((t) => t.code === all.data?.documentType)?.label;
      form.setFields([{ name: 'title', value: proposedIssuanceTitle(typeName, all.data?.summary), errors: [] }]);
    }
  };

  return (
    <Form<IssuanceValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={follow}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ orgUnitId: units[0].id, title: '', correcting: false, data: { documentType: 'CV' } }}
      style={{ maxWidth: 760 }}
    >
      {alert}
      <DossierReceiptFields units={units} role={role} dated={false} />

      <Typography.Title {...SECTION}>{m.sectionDocument}</Typography.Title>
      <Form.Item label={m.documentType} name={['data', 'documentType']} rules={[{ required: true, message: m.typeRule }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={types.map((t) => ({ value: t.code, label: `${t.code} – ${t.label}` }))} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item label={m.summary} name={['data', 'summary']} rules={rules.text(m.what.summary)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={m.summaryPlaceholder} />
      </Form.Item>
      <Form.Item label={m.content} name={['data', 'content']} rules={rules.optionalText(m.what.content, MAX_LONG_TEXT)} extra={m.contentHelp}>
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 16 }} maxLength={MAX_LONG_TEXT} />
      </Form.Item>
      <Form.Item
        label={m.recipients}
        name="recipientLines"
        extra={m.recipientsHelp}
        rules={[
          {
            required: true,
            validator: async (_rule, value: string | undefined) => {
              if (linesOf(value).length === 0) throw new Error(m.recipientsRule);
            },
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={m.recipientsPlaceholder} />
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionPeople}</Typography.Title>
      <div style={ROW}>
        <div style={{ flex: '1 1 280px', minWidth: 0 }}>
          <UnitPersonSelect name={['data', 'signerId']} label={m.signer} unitId={unitId} role="leader" rules={[{ required: true, message: m.signerRule }]} extra={m.signerHelp} />
        </div>
        <div style={{ flex: '1 1 280px', minWidth: 0 }}>
          <UnitPersonSelect name={['data', 'drafterId']} label={m.drafter} unitId={unitId} role="officer" extra={m.drafterHelp} />
        </div>
      </div>

      <Typography.Title {...SECTION}>{m.sectionHandling}</Typography.Title>
      <Form.Item name={['data', 'urgent']} valuePropName="checked" label={m.urgent} style={{ marginBottom: 8 }}>
        <Switch aria-label={m.urgent} />
      </Form.Item>
      <Form.Item name={['data', 'secret']} valuePropName="checked" label={m.secret}>
        <Switch aria-label={m.secret} />
      </Form.Item>
      <CorrectionFields unitId={unitId} />

      <Form.Item label={m.title} name="title" rules={rules.text(m.what.title)} extra={m.titleHelp}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={pending}>
        {m.submit}
      </Button>
    </Form>
  );
}
