import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/types';
import { vietnamToday } from '../../components/dates';
import { BODY_WORDS, wordOf } from '../../components/union-words';
import { useMessages } from '../../i18n/use-messages';
import type { MeetingValues } from './action-form';
import { majorityOf, quorumOf } from './meeting-math';
import { VoteRows } from './VoteRows';
import type { VoteSpec } from './vote-spec';

const M = {
  vi: {
    body: 'Cơ quan biểu quyết',
    heldOn: 'Ngày họp',
    heldOnRule: 'Hãy chọn ngày họp (không sau hôm nay)',
    members: 'Tổng số thành viên',
    membersRule: 'Nhập tổng số thành viên (số nguyên từ 1)',
    present: 'Số có mặt',
    presentRule: 'Nhập số thành viên có mặt (số nguyên từ 0)',
    quorum: (n: number, members: number) => `Cuộc họp hợp lệ khi có ít nhất ${n} thành viên có mặt (2/3 của ${members}).`,
    noQuorum: (present: number, members: number, n: number) => `Không đủ số lượng tham dự: có mặt ${present}/${members}, cần ít nhất ${n} (2/3 tổng số thành viên).`,
    presentAbove: (present: number, members: number) => `Có mặt ${present} người, nhiều hơn ${members} thành viên.`,
    majority: (n: number, members: number) => `Nội dung được thông qua khi có từ ${n} phiếu tán thành (quá 1/2 tổng số ${members} thành viên).`,
    ballot: 'Hình thức biểu quyết',
    secret: 'Bỏ phiếu kín',
    hands: 'Biểu quyết giơ tay',
    secretRequired: 'Nội dung này phải bỏ phiếu kín (QĐ 5130/QĐ-TLĐ Điều 3; quy chế Hội đồng Thi đua - Khen thưởng).',
    results: 'Kết quả kiểm phiếu',
    minutes: 'Biên bản họp, kiểm phiếu đã ký',
    minutesHelp: 'Tải biên bản đã ký lên mục thành phần hồ sơ của trang này trước, rồi chọn ở đây.',
    minutesPlaceholder: 'Chọn tệp biên bản',
    noFiles: 'Hồ sơ chưa có tệp nào: tải biên bản đã ký lên ở mục "Thành phần hồ sơ và tệp đính kèm".',
  },
  en: {
    body: 'Deciding body',
    heldOn: 'Meeting date',
    heldOnRule: 'Choose the meeting date (not after today)',
    members: 'Members of the body',
    membersRule: 'Enter the number of members (a whole number from 1)',
    present: 'Present',
    presentRule: 'Enter the members present (a whole number from 0)',
    quorum: (n: number, members: number) => `The meeting is valid with at least ${n} present (2/3 of ${members}).`,
    noQuorum: (present: number, members: number, n: number) => `No quorum: ${present} of ${members} present, at least ${n} needed (2/3 of the members).`,
    presentAbove: (present: number, members: number) => `${present} present, more than the ${members} members.`,
    majority: (n: number, members: number) => `A question passes with ${n} votes for or more (more than half of all ${members} members).`,
    ballot: 'How it was decided',
    secret: 'Secret ballot',
    hands: 'Show of hands',
    secretRequired: 'This must be a secret ballot (QĐ 5130/QĐ-TLĐ Art. 3; the council’s rules).',
    results: 'The count',
    minutes: 'Signed minutes and count',
    minutesHelp: 'Upload the signed minutes under the dossier checklist of this page first, then choose them here.',
    minutesPlaceholder: 'Choose the minutes file',
    noFiles: 'The case has no file yet: upload the signed minutes under "Dossier checklist and files".',
  },
};

const int = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/**
 * A collective body's meeting (`data.meeting`): the body the step fixes, when it met, how many members it has and
 * how many came, secret ballot or show of hands, one row per question (a nominee, a discipline form) with the votes
 * for, against and abstaining, and the signed minutes. The quorum and majority it needs are said as the numbers are
 * typed; the API's refusal (422) is shown above the form as it words it.
 */
export function MeetingFields({ spec, caseView }: { spec: VoteSpec; caseView: CaseView }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const form = Form.useFormInstance();
  const meeting = (Form.useWatch('meeting', form) as MeetingValues | undefined) ?? {};
  const members = int(meeting.members) && meeting.members > 0 ? meeting.members : undefined;
  const present = int(meeting.present) && meeting.present >= 0 ? meeting.present : undefined;
  const quorum = members ? quorumOf(members) : undefined;
  const dossierName = (key: string) => caseView.dossier.find((d) => d.key === key)?.name ?? key;

  return (
    <>
      <Form.Item name={['meeting', 'body']} hidden>
        <Input />
      </Form.Item>
      <Typography.Paragraph>
        {m.body}: <strong data-testid="vote-body">{wordOf(BODY_WORDS, i18n.language, spec.body)}</strong>
      </Typography.Paragraph>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <Form.Item
          label={m.heldOn}
          name={['meeting', 'heldOn']}
          rules={[
            {
              required: true,
              validator: async (_r, v: Dayjs | null | undefined) => {
                if (!v || v.format('YYYY-MM-DD') > vietnamToday()) throw new Error(m.heldOnRule);
              },
            },
          ]}
          style={{ flex: '1 1 160px' }}
        >
          <DatePicker format="DD/MM/YYYY" allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > vietnamToday()} style={{ width: '100%' }} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flex: '2 1 240px', alignItems: 'flex-end' }}>
          <Form.Item label={m.members} name={['meeting', 'members']} rules={[{ required: true, type: 'integer', min: 1, message: m.membersRule }]} style={{ flex: '1 1 0', minWidth: 0 }}>
            <InputNumber min={1} precision={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={m.present} name={['meeting', 'present']} rules={[{ required: true, type: 'integer', min: 0, message: m.presentRule }]} style={{ flex: '1 1 0', minWidth: 0 }}>
            <InputNumber min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
        </div>
      </div>
      {members && quorum !== undefined && (
        <div aria-live="polite" data-testid="quorum-hint" style={{ marginBottom: 12 }}>
          {present !== undefined && present > members ? (
            <Alert type="error" showIcon title={m.presentAbove(present, members)} />
          ) : present !== undefined && present < quorum ? (
            <Alert type="warning" showIcon title={m.noQuorum(present, members, quorum)} />
          ) : (
            <Typography.Text type="secondary">{m.quorum(quorum, members)}</Typography.Text>
          )}
        </div>
      )}
      <Form.Item label={m.ballot} name={['meeting', 'ballot']} extra={spec.secretRequired ? m.secretRequired : undefined}>
        <Radio.Group
          options={[
            { value: 'secret', label: m.secret },
            { value: 'show-of-hands', label: m.hands, disabled: spec.secretRequired },
          ]}
        />
      </Form.Item>

      <Typography.Text strong style={{ display: 'block' }}>
        {m.results}
      </Typography.Text>
      {members && (
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }} data-testid="majority-hint">
          {m.majority(majorityOf(members), members)}
        </Typography.Paragraph>
      )}
      <VoteRows spec={spec} members={members} present={present} />

      {caseView.attachments.length ? (
        <Form.Item label={m.minutes} name={['meeting', 'minutesAttachmentId']} extra={m.minutesHelp}>
          <Select allowClear placeholder={m.minutesPlaceholder} options={caseView.attachments.map((a) => ({ value: a.id, label: `${a.fileName} · ${dossierName(a.dossierItem)}` }))} />
        </Form.Item>
      ) : (
        <Form.Item label={m.minutes}>
          <Alert type="info" showIcon title={m.noFiles} />
        </Form.Item>
      )}
    </>
  );
}
