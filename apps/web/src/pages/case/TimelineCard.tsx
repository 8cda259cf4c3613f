import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierItem, LegalGround, Procedure, TimelineEntry } from '../../api/types';
import { FINDING_WORDS } from '../../components/code-words';
import { viDate, viDateTime } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { ownActionLabel } from '../../components/code-words';
import { useCaseLabels } from './case-labels';

const M = {
  vi: {
    title: 'Diễn biến hồ sơ',
    empty: 'Chưa có sự kiện nào',
    system: 'Hệ thống',
    missing: 'Thành phần còn thiếu',
    team: (names: string) => `Tổ xác minh: ${names} (tổ trưởng là người đầu tiên)`,
    decision: (ref: string) => `Quyết định số ${ref}`,
    extended: (n: number) => `Thêm ${n} ngày`,
    newDue: (date: string) => `hạn mới ${date}`,
    sent: (date: string) => `Gửi ngày ${date}`,
    effect: (date: string) => `có hiệu lực pháp luật từ ${date}`,
    secondUntil: (date: string) => `khiếu nại lần hai đến hết ngày ${date}`,
    toRole: (who: string) => `Báo cáo đến: ${who}`,
    finding: (what: string, complaint: boolean) => `Kết luận: ${complaint ? 'khiếu nại' : 'tố cáo'} ${what.toLowerCase()}`,
    ground: (label: string, cite: string) => `Căn cứ: ${label}${cite ? ` (${cite})` : ''}`,
    criteria: (list: string) => `Tiêu chí phức tạp: ${list}`,
    forwardTo: (to: string) => `Chuyển đến: ${to}`,
    measures: (text: string) => `Kiến nghị xử lý: ${text}`,
  },
  en: {
    title: 'History',
    empty: 'Nothing has happened yet',
    system: 'System',
    missing: 'Missing items',
    team: (names: string) => `Verification team: ${names} (the first is its head)`,
    decision: (ref: string) => `Decision No. ${ref}`,
    extended: (n: number) => `${n} more days`,
    newDue: (date: string) => `new due date ${date}`,
    sent: (date: string) => `Sent on ${date}`,
    effect: (date: string) => `legal effect from ${date}`,
    secondUntil: (date: string) => `second complaint until ${date}`,
    toRole: (who: string) => `Reported to: ${who}`,
    finding: (what: string, complaint: boolean) => `Finding: the ${complaint ? 'complaint' : 'denunciation'} is ${what.toLowerCase()}`,
    ground: (label: string, cite: string) => `Ground: ${label}${cite ? ` (${cite})` : ''}`,
    criteria: (list: string) => `Complexity criteria: ${list}`,
    forwardTo: (to: string) => `Forwarded to: ${to}`,
    measures: (text: string) => `Measures: ${text}`,
  },
};

const COLORS: Record<string, string> = { escalated: 'red', reminder: 'gray', case_closed: 'green', delegated: 'blue', clock_suspend: 'orange', clock_resume: 'blue', clock_extend: 'orange', decision_sent: 'green' };

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

interface Words {
  m: (typeof M)['vi'];
  role: (code: string) => string;
  finding: Record<string, string>;
  ground: (code: string) => LegalGround | undefined;
  complaint: boolean;
}

/**
 * What an event of a complaint or denunciation adds in words: the team, the decision behind a clock change, the legal
 * dates, the ground, finding or criteria an action named.
 */
function detailsOf(e: TimelineEntry, { m, role, finding, ground, complaint }: Words): string[] {
  const d = e.data ?? {};
  const named = (code: unknown) => (typeof code === 'string' ? ground(code) : undefined);
  switch (e.kind) {
    case 'action':
      return [
        str(d.finding) && m.finding(finding[str(d.finding) as string] ?? String(d.finding), complaint),
        named(d.ground) && m.ground((named(d.ground) as LegalGround).label, (named(d.ground) as LegalGround).cite),
        str(d.forwardTo) && m.forwardTo(str(d.forwardTo) as string),
        str(d.measures) && m.measures(str(d.measures) as string),
      ].filter((x): x is string => !!x);
    case 'team_assigned':
      return Array.isArray(d.team) ? [m.team(d.team.map((p: { fullName?: unknown }) => String(p?.fullName ?? '')).filter(Boolean).join(', '))] : [];
    case 'clock_extend':
    case 'clock_suspend':
    case 'clock_resume':
      return [
        named(d.ground) && m.ground((named(d.ground) as LegalGround).label, (named(d.ground) as LegalGround).cite),
        Array.isArray(d.criteria) && d.criteria.length > 0 && m.criteria(d.criteria.map((c) => named(c)?.label ?? String(c)).join('; ')),
        [str(d.decisionRef) && m.decision(str(d.decisionRef) as string), typeof d.amount === 'number' && e.kind === 'clock_extend' && m.extended(d.amount), str(d.dueDate) && m.newDue(viDate(str(d.dueDate)))]
          .filter(Boolean)
          .join('; '),
      ].filter((x): x is string => !!x);
    case 'decision_sent':
      return [
        [str(d.decisionNumber) && m.decision(str(d.decisionNumber) as string), str(d.sentOn) && m.sent(viDate(str(d.sentOn))), str(d.legalEffectFrom) && m.effect(viDate(str(d.legalEffectFrom))), str(d.secondInstanceUntil) && m.secondUntil(viDate(str(d.secondInstanceUntil)))]
          .filter(Boolean)
          .join('; '),
      ].filter(Boolean);
    case 'escalated':
      return str(d.toRole) ? [m.toRole(role(str(d.toRole) as string))] : [];
    default:
      return [];
  }
}

/** A return's missing items (`data.missing`: checklist keys or free text), by their checklist names where they have one. */
function missingOf(e: TimelineEntry, dossier: DossierItem[]): string[] {
  const missing = e.data?.missing;
  if (!Array.isArray(missing)) return [];
  return missing.filter((x): x is string => typeof x === 'string').map((x) => dossier.find((d) => d.key === x)?.name ?? x);
}

/** Every event of the case, oldest first and newest last: when, who, what, and the comment given. */
export function TimelineCard({ events, dossier, procedure }: { events: TimelineEntry[]; dossier: DossierItem[]; procedure?: Procedure }) {
  const m = useMessages(M);
  const labels = useCaseLabels();
  const { i18n } = useTranslation();
  const grounds = Object.values(procedure?.grounds ?? {}).flat();
  const words: Words = { m, role: labels.role, finding: FINDING_WORDS[i18n.language === 'en' ? 'en' : 'vi'], ground: (code) => grounds.find((g) => g.code === code), complaint: procedure?.code === 'khieu-nai' };
  // An action in the step's own words ("Thụ lý: …") where the catalog has them; the server writes the common name.
  const describe = (e: TimelineEntry) => {
    const def = procedure?.steps.find((s) => s.key === e.stepKey);
    const action = e.data?.action;
    if (def && e.kind === 'action' && typeof action === 'string' && ownActionLabel(def, action)) {
      return `${labels.action(action, false, { procedureCode: procedure?.code, key: def.key, actionLabels: def.actionLabels })}: ${def.name}`;
    }
    return labels.event(e.kind, e.what);
  };
  const ordered = [...events].sort((a, b) => a.when.localeCompare(b.when) || a.id - b.id);
  return (
    <Card title={m.title} size="small">
      {ordered.length === 0 ? (
        <Empty description={m.empty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={ordered.map((e) => ({
            key: e.id,
            color: COLORS[e.kind] ?? 'blue',
            content: (
              <div>
                <Typography.Text type="secondary">
                  <time dateTime={e.when}>{viDateTime(e.when)}</time> · {e.who?.fullName ?? m.system}
                </Typography.Text>
                <div>{describe(e)}</div>
                {detailsOf(e, words).map((line) => (
                  <div key={line}>
                    <Typography.Text type="secondary">{line}</Typography.Text>
                  </div>
                ))}
                {missingOf(e, dossier).length > 0 && (
                  <div>
                    <Typography.Text type="secondary">{m.missing}: </Typography.Text>
                    {missingOf(e, dossier).join('; ')}
                  </div>
                )}
                {e.comment && <Typography.Paragraph style={{ margin: 0, fontStyle: 'italic' }}>“{e.comment}”</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
