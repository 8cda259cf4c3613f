import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseMeeting, CaseView } from '../../api/types';
import { viDate } from '../../components/dates';
import { BODY_WORDS, DISCIPLINE_FORM_WORDS, wordOf } from '../../components/union-words';
import { useMessages } from '../../i18n/use-messages';
import { meetingsOf } from './meetings-of';

const M = {
  vi: {
    title: 'Họp và biểu quyết',
    heldOn: (body: string, date: string) => `${body} · họp ngày ${date}`,
    present: (present: number, members: number) => `Có mặt ${present}/${members} thành viên`,
    quorum: (n: number) => `Đủ số lượng (cần ${n})`,
    noQuorum: (n: number) => `Không đủ số lượng (cần ${n})`,
    secret: 'Bỏ phiếu kín',
    hands: 'Biểu quyết giơ tay',
    counts: (f: number, a?: number, ab?: number) => `${f} tán thành${a !== undefined ? ` · ${a} không tán thành` : ''}${ab !== undefined ? ` · ${ab} không biểu quyết` : ''}`,
    cumulativeCount: (n: number) => `cộng dồn ${n}`,
    passed: 'Đạt',
    failed: 'Không đạt',
    outcome: 'Kết quả',
    cumulative: (form: string, n: number, members: number) => `Cộng dồn: ${form} ${n}/${members} (quá 1/2)`,
    direct: (form: string, n: number, members: number) => `${form} ${n}/${members} (quá 1/2)`,
    referUp: 'Không hình thức nào đạt quá 1/2: báo cáo công đoàn cấp trên xem xét, quyết định',
    passedNames: (names: string) => `Đạt quá 1/2 tổng số thành viên: ${names}`,
    nonePassed: 'Không nội dung nào đạt quá 1/2 tổng số thành viên',
  },
  en: {
    title: 'Meetings and votes',
    heldOn: (body: string, date: string) => `${body} · met on ${date}`,
    present: (present: number, members: number) => `${present} of ${members} members present`,
    quorum: (n: number) => `Quorum reached (${n} needed)`,
    noQuorum: (n: number) => `No quorum (${n} needed)`,
    secret: 'Secret ballot',
    hands: 'Show of hands',
    counts: (f: number, a?: number, ab?: number) => `${f} for${a !== undefined ? ` · ${a} against` : ''}${ab !== undefined ? ` · ${ab} abstaining` : ''}`,
    cumulativeCount: (n: number) => `cumulative ${n}`,
    passed: 'Passed',
    failed: 'Not passed',
    outcome: 'Outcome',
    cumulative: (form: string, n: number, members: number) => `Cumulative: ${form} ${n}/${members} (more than 1/2)`,
    direct: (form: string, n: number, members: number) => `${form} ${n}/${members} (more than 1/2)`,
    referUp: 'No form reached more than half: reported to the upper union, which decides',
    passedNames: (names: string) => `More than half of all members for: ${names}`,
    nonePassed: 'No question reached more than half of all members',
  },
};

/** Every collective decision of the case: the body, the day, who came, the quorum, each question's count and what it gave. */
export function MeetingsCard({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const meetings = meetingsOf(caseView);
  if (meetings.length === 0) return null;
  return (
    <Card size="small" title={m.title} data-testid="meetings-card">
      <Flex vertical gap={16}>
        {meetings.map((meeting, i) => (
          <MeetingView key={`${meeting.heldOn}-${i}`} meeting={meeting} />
        ))}
      </Flex>
    </Card>
  );
}

function MeetingView({ meeting }: { meeting: CaseMeeting }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const discipline = meeting.results.some((r) => r.cumulative !== undefined) || meeting.decidedForm !== undefined || !!meeting.outcome?.tally;
  const bodyName = i18n.language === 'en' || !meeting.bodyLabel ? wordOf(BODY_WORDS, i18n.language, meeting.body) : meeting.bodyLabel;
  const optionLabel = (option: string) => (discipline ? wordOf(DISCIPLINE_FORM_WORDS, i18n.language, option) : option);
  const quorum = meeting.quorum ?? 0;
  return (
    <section data-testid="meeting" aria-label={m.heldOn(bodyName, viDate(meeting.heldOn))}>
      <Typography.Text strong>{m.heldOn(bodyName, viDate(meeting.heldOn))}</Typography.Text>
      <Flex wrap gap={8} align="center" style={{ margin: '6px 0 8px' }}>
        <Typography.Text>{m.present(meeting.present, meeting.members)}</Typography.Text>
        <Tag color={meeting.quorumReached ? 'success' : 'error'}>{meeting.quorumReached ? m.quorum(quorum) : m.noQuorum(quorum)}</Tag>
        {meeting.ballot && <Tag>{meeting.ballot === 'secret' ? m.secret : m.hands}</Tag>}
      </Flex>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {meeting.results.map((r) => (
          <li key={r.option} style={{ padding: '4px 0', borderTop: '1px solid #f0f0f0' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8 }}>
              <span style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{r.label ?? optionLabel(r.option)}</span>
              <Tag color={r.passed ? 'success' : 'default'} style={{ marginInlineEnd: 0, flex: 'none' }}>
                {r.passed ? m.passed : m.failed}
              </Tag>
            </div>
            <Typography.Text type="secondary">
              {m.counts(r.for, r.against, r.abstain)}
              {r.cumulative !== undefined && r.cumulative !== r.for ? ` · ${m.cumulativeCount(r.cumulative)}` : ''}
            </Typography.Text>
          </li>
        ))}
      </ul>
      <Typography.Paragraph strong style={{ margin: '8px 0 0' }} data-testid="meeting-outcome">
        {m.outcome}: {outcomeText(meeting, discipline, optionLabel, m, i18n.language)}
      </Typography.Paragraph>
    </section>
  );
}

/**
 * What the ballot gave, in words: for a discipline the form decided with its (cumulative) count, e.g. "Cộng dồn: cảnh
 * cáo 7/9 (quá 1/2)", or the referral up; otherwise the API's summary, else who passed.
 */
function outcomeText(meeting: CaseMeeting, discipline: boolean, label: (option: string) => string, m: (typeof M)['vi'], language: string): string {
  if (discipline) {
    const form = meeting.decidedForm !== undefined ? meeting.decidedForm : [...meeting.results].reverse().find((r) => r.passed)?.option;
    const row = meeting.results.find((r) => r.option === form);
    if (!form || !row) return m.referUp;
    const count = row.cumulative ?? row.for;
    return count > row.for ? m.cumulative(label(form).toLocaleLowerCase('vi'), count, meeting.members) : m.direct(label(form), count, meeting.members);
  }
  if (meeting.outcome?.summary && language !== 'en') return meeting.outcome.summary;
  const passed = meeting.results.filter((r) => r.passed).map((r) => r.label ?? r.option);
  return passed.length ? m.passedNames(passed.join(', ')) : m.nonePassed;
}
