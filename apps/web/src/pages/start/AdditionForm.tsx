import { Alert, Button, DatePicker, Form, Input, InputNumber, Radio, Spin, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { positionsOf } from '../../components/union-lists';
import { BODY_WORDS, COMMITTEE_BODIES, wordOf } from '../../components/union-words';
import { useOrgUnits } from '../../components/use-org-units';
import { useMessages } from '../../i18n/use-messages';
import { type AdditionValues, POSITIONS_ON, additionRequest, isAboveCap, proposedAdditionTitle } from './addition-request';
import type { CaseFormProps } from './case-form-props';
import type { CommitteeMemberValues } from './committee-request';
import { CommitteeMembersList } from './CommitteeMembersList';
import { PAST_DATE_INPUT, ROW } from './form-bits';
import { SECTION } from './IntakeFields';
import { MAX_LONG_TEXT, useIntakeRules } from './intake-rules';
import { openerRole, unitsWhere } from './offered-procedures';
import { OwnUnionField, useUpperUnionOf } from './OwnUnionField';
import { roleWords } from './procedure-words';
import { SubmissionDeadline } from './SubmissionDeadline';
import { useIntakeSubmit } from './use-intake-submit';

const DEFAULT_POSITION: Record<string, string> = { BCH: 'uy-vien-bch', BTV: 'uy-vien-btv', UBKT: 'uy-vien-ubkt' };

const M = {
  vi: {
    sectionUnion: 'Công đoàn đề nghị',
    sectionAddition: 'Bổ sung',
    body: 'Bổ sung vào',
    electedOn: 'Ngày bầu bổ sung (hoặc ngày chỉ định)',
    origin: 'Hình thức',
    elected: 'Ban Chấp hành bầu bổ sung',
    appointed: 'Công đoàn cấp trên chỉ định',
    decidedSize: 'Số lượng ủy viên do đại hội quyết định (của cơ quan này)',
    decidedSizeHelp: 'Để trống: tính theo số ủy viên đã được công nhận.',
    reason: 'Lý do bổ sung',
    reasonPlaceholder: 'Ví dụ: bổ sung thay ủy viên đã nghỉ hưu',
    sectionMembers: 'Người được bổ sung',
    electedMeeting: 'hội nghị bầu bổ sung',
    consent: 'Xin ý kiến công đoàn cấp trên (bổ sung vượt tỷ lệ)',
    consentHelp:
      'Số ủy viên bổ sung trong nhiệm kỳ vượt 2/3 (công đoàn cơ sở) hoặc 1/2 (cấp trên) số lượng đại hội quyết định: hồ sơ chỉ được xét sau khi lãnh đạo công đoàn cấp trên đồng ý (Điều lệ Công đoàn Việt Nam, Điều 11 khoản 4). Bật rồi nộp lại.',
    title: 'Tiêu đề hồ sơ',
    submit: 'Nộp hồ sơ đề nghị công nhận bổ sung',
    noRole: (role: string) => `Bạn không là ${role} ở đơn vị nào nên không thể nộp hồ sơ này.`,
    what: { electedOn: 'Ngày bầu bổ sung', decidedSize: 'Số lượng do đại hội quyết định', reason: 'Lý do bổ sung', fullName: 'Họ và tên', title: 'Tiêu đề hồ sơ' },
    bodyRule: 'Hãy chọn cơ quan được bổ sung',
  },
  en: {
    sectionUnion: 'The union asking',
    sectionAddition: 'The addition',
    body: 'Added to',
    electedOn: 'Elected (or appointed) on',
    origin: 'How',
    elected: 'Elected by the Executive Committee',
    appointed: 'Appointed by the upper union',
    decidedSize: 'Size of this body decided by the congress',
    decidedSizeHelp: 'Left empty: the recognised committee counts.',
    reason: 'Reason for the addition',
    reasonPlaceholder: 'e.g. replacing a member who retired',
    sectionMembers: 'People added',
    electedMeeting: 'the electing meeting',
    consent: "Ask the upper union's consent (additions above the share)",
    consentHelp:
      "The members added in this term exceed 2/3 (grassroots) or 1/2 (higher levels) of the size the congress decided: the dossier is examined only once the upper union's leader consents (Điều lệ Art. 11(4)). Switch on and submit again.",
    title: 'Case title',
    submit: 'Submit the addition dossier',
    noRole: (role: string) => `You are not ${role} of any union, so you cannot file this dossier.`,
    what: { electedOn: 'The election date', decidedSize: 'The size decided by the congress', reason: 'The reason', fullName: 'The full name', title: 'The case title' },
    bodyRule: 'Choose the body',
  },
};

/**
 * Bổ sung ủy viên BCH/BTV/UBKT (bo-sung-uy-vien): the lower union's chair files the people added during the term.
 * When the API answers that the additions go beyond the share (ADDITIONS_ABOVE_CAP), the form offers to ask the
 * upper union's consent, which the case then seeks first.
 */
export function AdditionForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<AdditionValues>();
  const upperOf = useUpperUnionOf();
  const orgUnits = useOrgUnits();
  const [offerConsent, setOfferConsent] = useState(false);
  const { submit, pending, alert } = useIntakeSubmit(form, (values) => additionRequest(values, upperOf), onCreated, (error) => {
    if (isAboveCap(error)) setOfferConsent(true);
  });
  const body = (Form.useWatch(['data', 'body'], form) as string | undefined) ?? 'BCH';
  const electedOn = Form.useWatch(['data', 'electedOn'], form) as Dayjs | null | undefined;
  const ownTitle = useRef(false);

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = openerRole(procedure);
  const units = unitsWhere(me, role);
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;
  const nameOf = (id: string | undefined) => units.find((u) => u.id === id)?.name;
  const positions = positionsOf(procedure as never, i18n.language).filter((p) => (POSITIONS_ON[body] ?? []).includes(p.code));
  const title = (all: AdditionValues) => proposedAdditionTitle(nameOf(all.data?.cdcsId), all.data?.body, wordOf(BODY_WORDS, 'vi', all.data?.body));

  const follow = (changed: AdditionValues, all: AdditionValues) => {
    if (changed.data?.body !== undefined) {
      // A position that does not sit on the new body is replaced by the body's plain member.
      const members = (all.data?.members ?? []).map((p: CommitteeMemberValues) => ({ ...p, position: POSITIONS_ON[changed.data!.body!]?.includes(p.position ?? '') ? p.position : DEFAULT_POSITION[changed.data!.body!] }));
      form.setFieldValue(['data', 'members'], members);
    }
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    if (!ownTitle.current && (changed.data?.cdcsId !== undefined || changed.data?.body !== undefined)) form.setFields([{ name: 'title', value: title(all), errors: [] }]);
  };

  const initial: AdditionValues = { data: { cdcsId: units[0].id, body: 'BCH', origin: 'elected', members: [{ fullName: '', position: DEFAULT_POSITION.BCH }] } };
  return (
    <Form<AdditionValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={follow}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ ...initial, title: title(initial) }}
      style={{ maxWidth: 760 }}
    >
      {alert}
      {offerConsent && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="consent-offer"
          title={m.consent}
          description={
            <>
              <p style={{ marginTop: 0 }}>{m.consentHelp}</p>
              <Form.Item name={['data', 'seekConsent']} valuePropName="checked" style={{ marginBottom: 0 }}>
                <Switch aria-label={m.consent} />
              </Form.Item>
            </>
          }
        />
      )}
      <Typography.Title {...SECTION}>{m.sectionUnion}</Typography.Title>
      <OwnUnionField units={units} />

      <Typography.Title {...SECTION}>{m.sectionAddition}</Typography.Title>
      <Form.Item label={m.body} name={['data', 'body']} rules={[{ required: true, message: m.bodyRule }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={COMMITTEE_BODIES.map((b) => ({ value: b, label: wordOf(BODY_WORDS, i18n.language, b) }))} />
      </Form.Item>
      <div style={ROW}>
        <Form.Item label={m.electedOn} name={['data', 'electedOn']} rules={rules.pastDate(m.what.electedOn, true)} style={{ flex: '1 1 240px' }}>
          <DatePicker {...PAST_DATE_INPUT} />
        </Form.Item>
        <Form.Item label={m.origin} name={['data', 'origin']} style={{ flex: '1 1 240px' }}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={[{ value: 'elected', label: m.elected }, { value: 'appointed', label: m.appointed }]} />
        </Form.Item>
      </div>
      <SubmissionDeadline from={electedOn} after={m.electedMeeting} />
      <Form.Item label={m.decidedSize} name={['data', 'decidedSize']} rules={rules.optionalInt(m.what.decidedSize, 1, 500)} extra={m.decidedSizeHelp}>
        <InputNumber inputMode="numeric" min={1} step={1} style={{ width: '100%', maxWidth: 220 }} />
      </Form.Item>
      <Form.Item label={m.reason} name={['data', 'reason']} rules={rules.optionalText(m.what.reason, MAX_LONG_TEXT)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={m.reasonPlaceholder} />
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionMembers}</Typography.Title>
      <CommitteeMembersList name={['data', 'members']} positions={positions} nameRules={rules.text(m.what.fullName)} newPosition={DEFAULT_POSITION[body]} />

      <Form.Item label={m.title} name="title" rules={rules.text(m.what.title)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={pending} disabled={orgUnits.isPending}>
        {m.submit}
      </Button>
    </Form>
  );
}
