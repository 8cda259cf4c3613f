import { Alert, Button, DatePicker, Form, Input, InputNumber, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { positionsOf } from '../../components/union-lists';
import { useMessages } from '../../i18n/use-messages';
import type { CaseFormProps } from './case-form-props';
import { CommitteeMembersList } from './CommitteeMembersList';
import { CommitteeSizes } from './CommitteeSizes';
import { type CommitteeValues, committeeRequest, proposedCommitteeTitle } from './committee-request';
import { PAST_DATE_INPUT, ROW } from './form-bits';
import { SECTION } from './IntakeFields';
import { useIntakeRules } from './intake-rules';
import { openerRole, unitsWhere } from './offered-procedures';
import { OwnUnionField, useUpperUnionOf } from './OwnUnionField';
import { roleWords } from './procedure-words';
import { SubmissionDeadline } from './SubmissionDeadline';
import { useIntakeSubmit } from './use-intake-submit';
import { useOrgUnits } from '../../components/use-org-units';

const M = {
  vi: {
    sectionUnion: 'Công đoàn đề nghị công nhận',
    sectionCongress: 'Đại hội và hội nghị Ban Chấp hành lần thứ nhất',
    congressDate: 'Ngày đại hội',
    firstMeetingDate: 'Ngày hội nghị Ban Chấp hành lần thứ nhất',
    firstMeetingRule: 'Hội nghị Ban Chấp hành lần thứ nhất không thể trước ngày đại hội',
    memberCount: 'Số đoàn viên tại thời điểm đại hội',
    memberCountHelp: 'Số ủy viên Ban Chấp hành tối đa tính theo số đoàn viên.',
    term: 'Nhiệm kỳ',
    termPlaceholder: 'Ví dụ: 2025–2030',
    decidedSize: 'Số lượng ủy viên Ban Chấp hành do đại hội quyết định',
    sectionMembers: 'Người được bầu',
    membersHelp:
      'Ủy viên Ban Chấp hành do đại hội bầu; Chủ tịch, Phó Chủ tịch, Ủy viên Ban Thường vụ, Ủy ban Kiểm tra do hội nghị Ban Chấp hành lần thứ nhất bầu. Ban Thường vụ chỉ bầu khi Ban Chấp hành có từ 9 ủy viên.',
    firstMeeting: 'hội nghị Ban Chấp hành lần thứ nhất',
    title: 'Tiêu đề hồ sơ',
    titleHelp: 'Tự điền theo tên công đoàn và nhiệm kỳ; có thể sửa.',
    submit: 'Nộp hồ sơ đề nghị công nhận',
    noRole: (role: string) => `Bạn không là ${role} ở đơn vị nào nên không thể nộp hồ sơ này.`,
    what: {
      congressDate: 'Ngày đại hội',
      firstMeetingDate: 'Ngày hội nghị Ban Chấp hành lần thứ nhất',
      memberCount: 'Số đoàn viên',
      term: 'Nhiệm kỳ',
      decidedSize: 'Số lượng ủy viên do đại hội quyết định',
      fullName: 'Họ và tên',
      title: 'Tiêu đề hồ sơ',
    },
  },
  en: {
    sectionUnion: 'The union asking for recognition',
    sectionCongress: 'Congress and first Executive Committee meeting',
    congressDate: 'Congress date',
    firstMeetingDate: 'First Executive Committee meeting',
    firstMeetingRule: 'The first Executive Committee meeting cannot precede the congress',
    memberCount: 'Union members at the congress',
    memberCountHelp: 'The largest Executive Committee allowed depends on the membership.',
    term: 'Term',
    termPlaceholder: 'e.g. 2025–2030',
    decidedSize: 'Executive Committee size decided by the congress',
    sectionMembers: 'People elected',
    membersHelp:
      'Executive Committee members are elected by the congress; the chair, vice-chairs, Standing Committee and Inspection Committee by the first Executive Committee meeting. A Standing Committee is elected only where the Executive Committee has 9 or more members.',
    firstMeeting: 'the first Executive Committee meeting',
    title: 'Case title',
    titleHelp: "Filled in from the union's name and term; you may change it.",
    submit: 'Submit the recognition dossier',
    noRole: (role: string) => `You are not ${role} of any union, so you cannot file this dossier.`,
    what: {
      congressDate: 'The congress date',
      firstMeetingDate: 'The first meeting date',
      memberCount: 'The member count',
      term: 'The term',
      decidedSize: 'The size decided by the congress',
      fullName: 'The full name',
      title: 'The case title',
    },
  },
};

/**
 * Công nhận BCH, BTV, chủ tịch, PCT, UBKT (cong-nhan-bch): the lower union's chair files the committee their congress
 * and first BCH meeting elected. The size caps are the API's (a versioned table): its refusal shows under the list.
 */
export function CommitteeForm({ procedure, onCreated }: CaseFormProps) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const { me, loading } = useSession();
  const [form] = Form.useForm<CommitteeValues>();
  const upperOf = useUpperUnionOf();
  const orgUnits = useOrgUnits();
  const { submit, pending, alert } = useIntakeSubmit(form, (values) => committeeRequest(values, upperOf), onCreated);
  const firstMeeting = Form.useWatch(['data', 'firstMeetingDate'], form) as Dayjs | null | undefined;
  const ownTitle = useRef(false);

  if (loading || !me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const role = openerRole(procedure);
  const units = unitsWhere(me, role);
  if (units.length === 0) return <Alert type="warning" showIcon title={m.noRole(roleWords(role, i18n.language))} />;
  const nameOf = (id: string | undefined) => units.find((u) => u.id === id)?.name;

  const follow = (changed: CommitteeValues, all: CommitteeValues) => {
    if (changed.title !== undefined) ownTitle.current = changed.title.trim() !== '';
    if (ownTitle.current) return;
    if (changed.data?.cdcsId !== undefined || changed.data?.term !== undefined) {
      form.setFields([{ name: 'title', value: proposedCommitteeTitle(nameOf(all.data?.cdcsId), all.data?.term), errors: [] }]);
    }
  };

  return (
    <Form<CommitteeValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={follow}
      scrollToFirstError={{ focus: true, block: 'center' }}
      initialValues={{ title: proposedCommitteeTitle(units[0].name, undefined), data: { cdcsId: units[0].id, members: [{ fullName: '', position: 'chu-tich' }] } }}
      style={{ maxWidth: 760 }}
    >
      {alert}
      <Typography.Title {...SECTION}>{m.sectionUnion}</Typography.Title>
      <OwnUnionField units={units} />

      <Typography.Title {...SECTION}>{m.sectionCongress}</Typography.Title>
      <div style={ROW}>
        <Form.Item label={m.congressDate} name={['data', 'congressDate']} rules={rules.pastDate(m.what.congressDate, true)} style={{ flex: '1 1 220px' }}>
          <DatePicker {...PAST_DATE_INPUT} />
        </Form.Item>
        <Form.Item
          label={m.firstMeetingDate}
          name={['data', 'firstMeetingDate']}
          dependencies={[['data', 'congressDate']]}
          rules={[
            ...rules.pastDate(m.what.firstMeetingDate, true),
            {
              validator: async (_rule, value: Dayjs | null | undefined) => {
                const congress = form.getFieldValue(['data', 'congressDate']) as Dayjs | null | undefined;
                if (value && congress && value.isBefore(congress, 'day')) throw new Error(m.firstMeetingRule);
              },
            },
          ]}
          style={{ flex: '1 1 260px' }}
        >
          <DatePicker {...PAST_DATE_INPUT} />
        </Form.Item>
      </div>
      <SubmissionDeadline from={firstMeeting} after={m.firstMeeting} />
      <div style={ROW}>
        <Form.Item
          label={m.memberCount}
          name={['data', 'memberCount']}
          rules={rules.requiredInt(m.what.memberCount, 1, 1_000_000)}
          extra={m.memberCountHelp}
          style={{ flex: '1 1 260px' }}
        >
          <InputNumber inputMode="numeric" min={1} step={1} style={{ width: '100%', maxWidth: 220 }} />
        </Form.Item>
        <Form.Item label={m.term} name={['data', 'term']} rules={rules.optionalText(m.what.term, 50)} style={{ flex: '1 1 200px' }}>
          <Input autoComplete="off" placeholder={m.termPlaceholder} maxLength={50} style={{ maxWidth: 220 }} />
        </Form.Item>
      </div>
      <Form.Item label={m.decidedSize} name={['data', 'decidedSize']} rules={rules.optionalInt(m.what.decidedSize, 1, 500)}>
        <InputNumber inputMode="numeric" min={1} step={1} style={{ width: '100%', maxWidth: 220 }} />
      </Form.Item>

      <Typography.Title {...SECTION}>{m.sectionMembers}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.membersHelp}</Typography.Paragraph>
      <CommitteeMembersList name={['data', 'members']} positions={positionsOf(procedure as never, i18n.language)} nameRules={rules.text(m.what.fullName)} newPosition="uy-vien-bch" />
      <CommitteeSizes />

      <Form.Item label={m.title} name="title" rules={rules.text(m.what.title)} extra={m.titleHelp}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={pending} disabled={orgUnits.isPending}>
        {m.submit}
      </Button>
    </Form>
  );
}
