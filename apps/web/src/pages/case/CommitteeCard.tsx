import { Card, Descriptions, Grid, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView } from '../../api/types';
import { viDate } from '../../components/dates';
import { BODY_WORDS, POSITIONS, POSITION_WORDS, wordOf } from '../../components/union-words';
import { useOrgUnits } from '../../components/use-org-units';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    recognition: 'Ban Chấp hành đề nghị công nhận',
    addition: 'Ủy viên đề nghị công nhận bổ sung',
    union: 'Công đoàn cơ sở',
    congress: 'Ngày đại hội',
    firstMeeting: 'Hội nghị BCH lần thứ nhất',
    term: 'Nhiệm kỳ',
    memberCount: 'Số đoàn viên',
    decidedSize: 'Số lượng do đại hội quyết định',
    body: 'Bổ sung vào',
    electedOn: 'Ngày bầu bổ sung',
    origin: 'Hình thức',
    elected: 'Ban Chấp hành bầu bổ sung',
    appointed: 'Công đoàn cấp trên chỉ định',
    reason: 'Lý do',
    consent: 'Bổ sung vượt tỷ lệ: xin ý kiến công đoàn cấp trên',
    people: (n: number) => `Người được bầu (${n})`,
    roster: (unit: string) => `Xem Ban Chấp hành hiện hành của ${unit}`,
  },
  en: {
    recognition: 'Committee put forward for recognition',
    addition: 'Members put forward for addition',
    union: 'Grassroots union',
    congress: 'Congress',
    firstMeeting: 'First Executive Committee meeting',
    term: 'Term',
    memberCount: 'Union members',
    decidedSize: 'Size decided by the congress',
    body: 'Added to',
    electedOn: 'Elected on',
    origin: 'How',
    elected: 'Elected by the Executive Committee',
    appointed: 'Appointed by the upper union',
    reason: 'Reason',
    consent: "Above the share: the upper union's consent is sought",
    people: (n: number) => `People elected (${n})`,
    roster: (unit: string) => `See the committee in office of ${unit}`,
  },
};

type Member = { fullName?: string; position?: string };
type CommitteeData = {
  cdcsId?: string;
  congressDate?: string;
  firstMeetingDate?: string;
  term?: string;
  memberCount?: number;
  decidedSize?: number;
  body?: string;
  electedOn?: string;
  origin?: 'elected' | 'appointed';
  reason?: string;
  seekConsent?: boolean;
  consentNeeded?: boolean;
  members?: Member[];
};

const rank = (position: string | undefined) => {
  const i = POSITIONS.indexOf(position as never);
  return i < 0 ? POSITIONS.length : i;
};

/**
 * A committee dossier (công nhận BCH, bổ sung ủy viên): the lower union, the congress or election, the people with
 * their positions, whether it was filed late; the link to the union's roster (the interim committee acts until the QĐ).
 */
export function CommitteeCard({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const units = useOrgUnits();
  const wide = Grid.useBreakpoint().sm ?? true;
  const data = caseView.data as CommitteeData;
  const addition = caseView.procedureCode === 'bo-sung-uy-vien';
  const unitName = units.data?.items.find((u) => u.id === data.cdcsId)?.name ?? '';
  const members = [...(data.members ?? [])].sort((a, b) => rank(a.position) - rank(b.position));
  const item = (key: string, label: string, children: ReactNode) => ({ key, label, children });
  const items = [
    unitName && item('union', m.union, unitName),
    ...(addition
      ? [
          data.body && item('body', m.body, wordOf(BODY_WORDS, i18n.language, data.body)),
          data.electedOn && item('electedOn', m.electedOn, viDate(data.electedOn)),
          data.origin && item('origin', m.origin, data.origin === 'appointed' ? m.appointed : m.elected),
          data.reason && item('reason', m.reason, data.reason),
          (data.seekConsent || data.consentNeeded) && item('consent', m.consent, '✓'),
        ]
      : [
          data.congressDate && item('congress', m.congress, viDate(data.congressDate)),
          data.firstMeetingDate && item('firstMeeting', m.firstMeeting, viDate(data.firstMeetingDate)),
          data.term && item('term', m.term, data.term),
          data.memberCount !== undefined && item('memberCount', m.memberCount, data.memberCount),
          data.decidedSize !== undefined && item('decidedSize', m.decidedSize, data.decidedSize),
        ]),
  ].filter(Boolean) as { key: string; label: string; children: ReactNode }[];

  return (
    <Card size="small" title={addition ? m.addition : m.recognition} data-testid="committee-card">
      <Descriptions size="small" column={1} layout={wide ? 'horizontal' : 'vertical'} items={items} />
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
        {m.people(members.length)}
      </Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {members.map((p, i) => (
          <li key={`${p.fullName}-${i}`}>
            {p.fullName}
            {p.position && (
              <Tag style={{ marginInlineStart: 8 }}>{wordOf(POSITION_WORDS, i18n.language, p.position)}</Tag>
            )}
          </li>
        ))}
      </ul>
      {caseView.status === 'RECOGNISED' && data.cdcsId && (
        <Typography.Paragraph style={{ margin: '12px 0 0' }}>
          <Link to={`/org-units/${data.cdcsId}`} data-testid="roster-link">
            {m.roster(unitName || m.union)}
          </Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
