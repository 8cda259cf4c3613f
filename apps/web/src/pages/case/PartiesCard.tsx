import LockOutlined from '@ant-design/icons/LockOutlined';
import { Alert, Card, Descriptions, Flex, Grid, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView, ComplaintCaseData, DenunciationCaseData } from '../../api/types';
import { CHANNEL_WORDS, FINDING_WORDS } from '../../components/code-words';
import { viDate, viDateTime } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { COMPLAINT, teamOf } from './complaint-case';

const M = {
  vi: {
    complaintTitle: 'Thông tin khiếu nại',
    denunciationTitle: 'Thông tin tố cáo',
    instance: 'Lần giải quyết',
    first: 'Khiếu nại lần đầu',
    second: 'Khiếu nại lần hai',
    firstCase: (code: string) => `Hồ sơ lần đầu ${code}`,

    firstDecision: (number: string, date: string) => `Quyết định giải quyết lần đầu số ${number}${date ? ` ngày ${date}` : ''}`,
    complainant: 'Người khiếu nại',
    decision: 'Quyết định, hành vi bị khiếu nại',
    decisionNumber: (n: string) => `Số ${n}`,
    issuedOn: (d: string) => `ngày ${d}`,
    issuer: (who: string) => `Cơ quan ban hành: ${who}`,
    signer: (who: string) => `Người ký: ${who}`,
    against: 'Người bị khiếu nại',
    content: 'Nội dung',
    received: 'Nhận đơn',
    learnedOn: 'Ngày biết quyết định',
    obstacle: (n: number) => `${n} ngày trở ngại khách quan không tính vào thời hạn`,
    nature: 'Tính chất',
    finding: 'Kết quả giải quyết',
    findingText: (complaint: boolean, what: string, by: string | null) => `${complaint ? 'Khiếu nại' : 'Tố cáo'} ${what.toLowerCase()}${by ? ` (${by} ký)` : ''}`,
    complex: 'Vụ việc phức tạp',
    remote: 'Vùng sâu, vùng xa',
    simple: 'Thông thường',
    denouncer: 'Người tố cáo',
    anonymous: 'Đơn nặc danh, mạo danh: xử lý như thông tin phản ánh (Luật Tố cáo 2018 Điều 25)',
    confidential: 'Bảo mật: chỉ người được phân công xem',
    protectedTitle: 'Danh tính người tố cáo được bảo vệ',
    protectedBody: 'Chỉ người tiếp nhận đơn, tổ xác minh được phân công và lãnh đạo giải quyết tố cáo được xem họ tên, địa chỉ, liên lạc của người tố cáo (Luật Tố cáo 2018 Điều 8, Điều 47).',
    accused: 'Người bị tố cáo',
    form: 'Hình thức',
    written: 'Đơn tố cáo',
    oral: 'Tố cáo trực tiếp (biên bản ghi nhận)',
    places: (n: number) => `${n} địa điểm phải xác minh`,
    team: 'Tổ xác minh',
    head: 'Tổ trưởng',
    assignedBy: (who: string, when: string) => `Phân công bởi ${who} ngày ${when}`,
    noTeam: 'Chưa phân công tổ xác minh',
  },
  en: {
    complaintTitle: 'The complaint',
    denunciationTitle: 'The denunciation',
    instance: 'Instance',
    first: 'First-instance complaint',
    second: 'Second-instance complaint',
    firstCase: (code: string) => `First case ${code}`,

    firstDecision: (number: string, date: string) => `First-instance decision No. ${number}${date ? ` of ${date}` : ''}`,
    complainant: 'Complainant',
    decision: 'Decision or act complained of',
    decisionNumber: (n: string) => `No. ${n}`,
    issuedOn: (d: string) => `of ${d}`,
    issuer: (who: string) => `Issued by: ${who}`,
    signer: (who: string) => `Signed by: ${who}`,
    against: 'Complained against',
    content: 'Content',
    received: 'Received',
    learnedOn: 'Learned of the decision',
    obstacle: (n: number) => `${n} days lost to obstacles, not counted`,
    nature: 'Nature',
    finding: 'Outcome',
    findingText: (complaint: boolean, what: string, by: string | null) => `The ${complaint ? 'complaint' : 'denunciation'} is ${what.toLowerCase()}${by ? ` (signed by ${by})` : ''}`,
    complex: 'Complex case',
    remote: 'Remote area',
    simple: 'Ordinary',
    denouncer: 'Denouncer',
    anonymous: 'Anonymous or false-name letter: handled as an information report (Denunciation Law 2018 Art. 25)',
    confidential: 'Confidential: only the people assigned see this',
    protectedTitle: "The denouncer's identity is protected",
    protectedBody: "Only the officer who received the letter, the verification team and the resolving leader see the denouncer's name, address and contacts (Denunciation Law 2018 Art. 8, 47).",
    accused: 'Accused',
    form: 'Form',
    written: 'Letter',
    oral: 'In person (signed record)',
    places: (n: number) => `${n} places to check`,
    team: 'Verification team',
    head: 'Head',
    assignedBy: (who: string, when: string) => `Assigned by ${who} on ${when}`,
    noTeam: 'No verification team assigned yet',
  },
};

const lines = (...parts: (ReactNode | false | undefined | null)[]) => (
  <Flex vertical>
    {parts.filter(Boolean).map((p, i) => (
      <span key={i} style={{ overflowWrap: 'anywhere' }}>{p}</span>
    ))}
  </Flex>
);
const paragraph = (text: string | undefined) => text && <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</span>;

/** The finding of the resolution, once signed (the leader's approve with `data.finding`). */
function findingOf(caseView: CaseView): { finding: string; by: string | null } | null {
  const decided = caseView.timeline.filter((e) => e.kind === 'action' && typeof e.data?.finding === 'string').at(-1);
  return decided ? { finding: String(decided.data?.finding), by: decided.who?.fullName ?? null } : null;
}

/** Label beside value on a wide screen; label above value on a phone, where the values need the whole width. */
function useLayout(): 'horizontal' | 'vertical' {
  return Grid.useBreakpoint().sm ? 'horizontal' : 'vertical';
}

/** The finding, in words, with who signed it. */
function FindingItem({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const found = findingOf(caseView);
  if (!found) return null;
  const words = FINDING_WORDS[i18n.language === 'en' ? 'en' : 'vi'][found.finding] ?? found.finding;
  return <strong data-testid="finding">{m.findingText(caseView.procedureCode === COMPLAINT, words, found.by)}</strong>;
}

/** The parties and what the letter says: the complainant or the denouncer (when this user may see them), the accused. */
export function PartiesCard({ caseView }: { caseView: CaseView }) {
  return caseView.procedureCode === COMPLAINT ? <ComplaintParties caseView={caseView} /> : <DenunciationParties caseView={caseView} />;
}

function ComplaintParties({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const layout = useLayout();
  const d = caseView.data as ComplaintCaseData;
  const decision = d.decisionComplainedOf;
  const first = d.firstCase;
  const items = [
    {
      key: 'instance',
      label: m.instance,
      children:
        d.instance === 2 && first
          ? lines(m.second, <Link to={`/cases/${first.caseId}`}>{m.firstCase(first.code)}</Link>, first.decisionNumber && m.firstDecision(first.decisionNumber, viDate(first.decisionIssuedOn)))
          : m.first,
    },
    { key: 'complainant', label: m.complainant, children: d.complainant && lines(<strong>{d.complainant.fullName}</strong>, d.complainant.address, d.complainant.phone) },
    {
      key: 'decision',
      label: m.decision,
      children:
        decision &&
        lines(
          decision.summary,
          (decision.number || decision.issuedOn) && [decision.number && m.decisionNumber(decision.number), decision.issuedOn && m.issuedOn(viDate(decision.issuedOn))].filter(Boolean).join(' '),
          decision.issuerName && m.issuer(decision.issuerName),
          decision.signerName && m.signer(decision.signerName),
        ),
    },
    ...(d.complainedAgainst ? [{ key: 'against', label: m.against, children: d.complainedAgainst.fullName }] : []),
    { key: 'content', label: m.content, children: paragraph(d.content) },
    { key: 'received', label: m.received, children: d.channel && (CHANNEL_WORDS[i18n.language === 'en' ? 'en' : 'vi'][d.channel] ?? d.channel) },
    ...(d.learnedOn ? [{ key: 'learned', label: m.learnedOn, children: lines(viDate(d.learnedOn), !!d.obstacleDays && m.obstacle(d.obstacleDays)) }] : []),
    ...(findingOf(caseView) ? [{ key: 'finding', label: m.finding, children: <FindingItem caseView={caseView} /> }] : []),
    {
      key: 'nature',
      label: m.nature,
      children: (
        <Flex gap={4} wrap>
          {d.complex && <Tag color="orange">{m.complex}</Tag>}
          {d.remoteArea && <Tag color="orange">{m.remote}</Tag>}
          {!d.complex && !d.remoteArea && m.simple}
        </Flex>
      ),
    },
  ];
  return (
    <Card title={m.complaintTitle} size="small" data-testid="parties-card">
      <Descriptions column={1} size="small" layout={layout} items={items} />
      <TeamSection caseView={caseView} />
    </Card>
  );
}

function DenunciationParties({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const layout = useLayout();
  const d = caseView.data as DenunciationCaseData;
  const denouncer = caseView.identity?.visibleToYou ? d.denouncer : undefined;
  const items = [
    { key: 'accused', label: m.accused, children: d.accused && lines(<strong>{d.accused.fullName}</strong>, d.accused.position) },
    { key: 'content', label: m.content, children: paragraph(d.content) },
    ...(findingOf(caseView) ? [{ key: 'finding', label: m.finding, children: <FindingItem caseView={caseView} /> }] : []),
    {
      key: 'form',
      label: m.form,
      children: lines(
        d.form === 'oral' ? m.oral : m.written,
        d.channel && (CHANNEL_WORDS[i18n.language === 'en' ? 'en' : 'vi'][d.channel] ?? d.channel),
        (d.places ?? 1) > 1 && m.places(d.places as number),
      ),
    },
  ];
  return (
    <Card title={m.denunciationTitle} size="small" data-testid="parties-card">
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
        {m.denouncer}
      </Typography.Text>
      {d.anonymous ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={m.anonymous} />
      ) : denouncer ? (
        <div data-testid="denouncer" style={{ border: '1px solid #91caff', background: '#f7fbff', borderRadius: 6, padding: '8px 12px', marginBottom: 12 }}>
          <Tag color="blue" icon={<LockOutlined aria-hidden />} style={{ marginBottom: 4 }}>
            {m.confidential}
          </Tag>
          {lines(<strong>{denouncer.fullName}</strong>, denouncer.address, denouncer.phone, denouncer.email)}
        </div>
      ) : (
        <Alert data-testid="identity-protected" type="info" showIcon icon={<LockOutlined aria-hidden />} style={{ marginBottom: 12 }} title={m.protectedTitle} description={m.protectedBody} />
      )}
      <Descriptions column={1} size="small" layout={layout} items={items} />
      <TeamSection caseView={caseView} />
    </Card>
  );
}

/** Who verifies: the team as last assigned, its head first. */
function TeamSection({ caseView }: { caseView: CaseView }) {
  const m = useMessages(M);
  const team = teamOf(caseView);
  // Only where there is a verification (an information report or a refused letter has none).
  if (!team && !caseView.steps.some((s) => s.key === 'xac-minh')) return null;
  return (
    <section aria-label={m.team} style={{ marginTop: 8 }} data-testid="team">
      <Typography.Text type="secondary">{m.team}: </Typography.Text>
      {team ? (
        <>
          <Flex gap={4} wrap style={{ display: 'inline-flex' }}>
            {team.members.map((p, i) => (
              <Tag key={p.userId} color={i === 0 ? 'geekblue' : 'default'}>
                {p.fullName}
                {i === 0 ? ` (${m.head})` : ''}
              </Tag>
            ))}
          </Flex>
          {team.by && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {m.assignedBy(team.by, viDateTime(team.when).slice(0, 10))}
            </Typography.Text>
          )}
        </>
      ) : (
        <Typography.Text>{m.noTeam}</Typography.Text>
      )}
    </section>
  );
}
