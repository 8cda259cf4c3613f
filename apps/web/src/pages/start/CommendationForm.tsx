import { Alert, Button, Checkbox, Form, Input, Select, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { vietnamToday } from '../../components/dates';
import { awardTypesOf } from '../../components/union-lists';
import { useMessages } from '../../i18n/use-messages';
import type { CaseFormProps } from './case-form-props';
import { type CommendationValues, commendationRequest, proposedCommendationTitle } from './commendation-request';
import { DossierReceiptFields } from './DossierReceiptFields';
import { ROW } from './form-bits';
import { SECTION } from './IntakeFields';
import { MAX_LONG_TEXT, useIntakeRules } from './intake-rules';
import { NomineesList } from './NomineesList';
import { openerRole, unitsWhere } from './offered-procedures';
import { roleWords } from './procedure-words';
import { useIntakeSubmit } from './use-intake-submit';

const M = {
  vi: {
    sectionProposal: 'Đề nghị khen thưởng',
    proposingUnit: 'Đơn vị đề nghị (cấp trình)',
    proposingUnitPlaceholder: 'Ví dụ: Công đoàn cơ sở Trường THPT Hùng Vương',
    period: 'Năm, đợt thi đua',
    periodPlaceholder: 'Ví dụ: 2026',
    awardType: 'Hình thức khen thưởng',
    awardRule: 'Hãy chọn hình thức khen thưởng',
    awardPlaceholder: 'Chọn hình thức',
    exceptional: 'Khen thưởng đột xuất (thành tích đột xuất, không theo đợt tổng kết)',
    sectionNominees: 'Cá nhân, tập thể được đề nghị',
    nomineesHelp: 'Người đang bị xem xét kỷ luật hoặc có đơn khiếu nại, tố cáo chưa giải quyết xong thì hồ sơ tạm dừng xét đến khi vụ việc kết thúc (NĐ 152/2025/NĐ-CP Điều 4).',
    achievements: 'Tóm tắt thành tích',
    achievementsHelp: 'Theo báo cáo thành tích đã được cấp trình xác nhận.',
    title: 'Tiêu đề hồ sơ',
    titleHelp: 'Tự điền theo hình thức, năm và đơn vị đề nghị; có thể sửa.',
    submit: 'Tiếp nhận hồ sơ khen thưởng',
    noRole: (role: string) => `Bạn không giữ vai trò ${role} ở đơn vị nào nên không thể tiếp nhận hồ sơ khen thưởng.`,
    what: { proposingUnit: 'Đơn vị đề nghị', period: 'Năm, đợt thi đua', achievements: 'Tóm tắt thành tích', title: 'Tiêu đề hồ sơ' },
  },
  en: {
    sectionProposal: 'The proposal',
    proposingUnit: 'Proposing unit',
    proposingUnitPlaceholder: 'e.g. Công đoàn cơ sở Trường THPT Hùng Vương',
    period: 'Year or round',
    periodPlaceholder: 'e.g. 2026',
    awardType: 'Award',
    awardRule: 'Choose the award',
    awardPlaceholder: 'Choose an award',
    exceptional: 'Exceptional achievement (outside the year-end round)',
    sectionNominees: 'Nominees',
    nomineesHelp: 'A nominee under discipline review or party to a pending complaint or denunciation puts the dossier on hold until that case closes (Decree 152/2025 Art. 4).',
    achievements: 'Summary of achievements',
    achievementsHelp: 'As in the achievement report confirmed by the proposing level.',
    title: 'Case title',
    titleHelp: 'Filled in from the award, year and proposing unit; you may change it.',
    submit: 'Receive the commendation dossier',
    noRole: (role: string) => `You are not ${role} in any unit, so you cannot receive a commendation dossier.`,
    what: { proposingUnit: 'The proposing unit', period: 'The year or round', achievements: 'The summary of achievements', title: 'The case title' },
  },
};

/** Tiếp hồ sơ thi đua, khen thưởng (khen-thuong): the TĐKT officer enters the proposal they received. */
export function CommendationForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<CommendationValues>();
  const { submit, pending, alert } = useIntakeSubmit(form, commendationRequest, onCreated);
  const ownTitle = useRef(false);

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = openerRole(procedure);
  const units = unitsWhere(me, role);
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;
  const awards = awardTypesOf(procedure as never, i18n.language);
  const awardsVi = awardTypesOf(procedure as never, 'vi');

  const follow = (changed: CommendationValues, all: CommendationValues) => {
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    if (ownTitle.current) return;
    const d = changed.data;
    if (d?.awardType !== undefined || d?.period !== undefined || d?.proposingUnit !== undefined) {
      const award = awardsVi.find((a) => a.code === all.data?.awardType)?.label;
      form.setFields([{ name: 'title', value: proposedCommendationTitle(award, all.data?.period, all.data?.proposingUnit), errors: [] }]);
    }
  };

  return (
    <Form<CommendationValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={follow}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ orgUnitId: units[0].id, receivedAt: dayjs(vietnamToday()), title: '', data: { nominees: [{ kind: 'person', name: '' }] } }}
      style={{ maxWidth: 760 }}
    >
      {alert}
      <DossierReceiptFields units={units} role={role} />

      <Typography.Title {...SECTION}>{m.sectionProposal}</Typography.Title>
      <Form.Item label={m.proposingUnit} name={['data', 'proposingUnit']} rules={rules.optionalText(m.what.proposingUnit)}>
        <Input autoComplete="off" placeholder={m.proposingUnitPlaceholder} />
      </Form.Item>
      <div style={ROW}>
        <Form.Item label={m.awardType} name={['data', 'awardType']} rules={[{ required: true, message: m.awardRule }]} style={{ flex: '2 1 300px', minWidth: 0 }}>
          <Select placeholder={m.awardPlaceholder} options={awards.map((a) => ({ value: a.code, label: a.label }))} />
        </Form.Item>
        <Form.Item label={m.period} name={['data', 'period']} rules={rules.optionalText(m.what.period, 50)} style={{ flex: '1 1 160px' }}>
          <Input autoComplete="off" placeholder={m.periodPlaceholder} maxLength={50} />
        </Form.Item>
      </div>
      <Form.Item name={['data', 'exceptional']} valuePropName="checked">
        <Checkbox>{m.exceptional}</Checkbox>
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionNominees}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.nomineesHelp}</Typography.Paragraph>
      <NomineesList />
      <Form.Item label={m.achievements} name={['data', 'achievements']} rules={rules.text(m.what.achievements, MAX_LONG_TEXT)} extra={m.achievementsHelp}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={MAX_LONG_TEXT} />
      </Form.Item>
      <Form.Item label={m.title} name="title" rules={rules.text(m.what.title)} extra={m.titleHelp}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={pending}>
        {m.submit}
      </Button>
    </Form>
  );
}
