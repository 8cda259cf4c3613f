import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { CaseClock } from '../../api/types';
import { DeadlineTag } from '../../components/DeadlineTag';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { SkippedDays } from './SkippedDays';

const M = {
  vi: {
    title: 'Thời hạn giải quyết',
    step: 'Bước đang tính hạn',
    due: 'Hạn giải quyết',
    noDue: 'Chưa có hạn: thời hạn đang tạm dừng',
    state: 'Tình trạng',
    period: 'Thời hạn',
    periodText: (amount: number, unit: string, start: string) => `${amount} ${unit} kể từ ${start}`,
    workingDays: 'ngày làm việc',
    calendarDays: 'ngày',
    pauses: 'Tạm dừng',
    pause: (from: string, to: string | null) => (to ? `Từ ${from}, tính tiếp từ ${to}` : `Từ ${from} (đang tạm dừng)`),
    extensions: 'Gia hạn',
    extension: (amount: number, unit: string) => `Thêm ${amount} ${unit}`,
    decision: (ref: string) => `theo Quyết định ${ref}`,
    resumedBy: (ref: string) => `tiếp tục theo Quyết định ${ref}`,
    pausedNow: 'Đang tạm đình chỉ: thời gian này không tính vào thời hạn',
    escalated: (level: number) => `Đã báo cáo quá hạn lên lãnh đạo (cấp ${level})`,
  },
  en: {
    title: 'Legal deadline',
    step: 'Step on the clock',
    due: 'Due date',
    noDue: 'No due date: the clock is paused',
    state: 'State',
    period: 'Period',
    periodText: (amount: number, unit: string, start: string) => `${amount} ${unit} from ${start}`,
    workingDays: 'working days',
    calendarDays: 'calendar days',
    pauses: 'Pauses',
    pause: (from: string, to: string | null) => (to ? `From ${from}, counting again from ${to}` : `From ${from} (still paused)`),
    extensions: 'Extensions',
    extension: (amount: number, unit: string) => `${amount} more ${unit}`,
    decision: (ref: string) => `by decision ${ref}`,
    resumedBy: (ref: string) => `resumed by decision ${ref}`,
    pausedNow: 'Suspended: this time is not counted',
    escalated: (level: number) => `Reported overdue to the leadership (level ${level})`,
  },
};

/** The ledger entries as the domain writes them (LegalClock: pauses {from, to?, reason}, extensions {amount, reason, decisionRef?}). */
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * The legal clock of the open step: its due date and days left, the period it counts, the pauses and extensions that
 * moved it, and (on hover or focus) the days off the count skipped.
 */
export function ClockPanel({ clock, stepName }: { clock: CaseClock; stepName: string }) {
  const m = useMessages(M);
  const unit = clock.budget.unit === 'working_days' ? m.workingDays : m.calendarDays;
  const extended = clock.extensions.reduce((sum, e) => sum + (typeof e.amount === 'number' ? e.amount : 0), 0);
  const items = [
    { key: 'step', label: m.step, children: stepName },
    { key: 'due', label: m.due, children: clock.dueAt ? <strong>{viDate(clock.dueAt)}</strong> : m.noDue },
    {
      key: 'state',
      label: m.state,
      children: (
        <>
          <DeadlineTag state={clock.paused ? 'paused' : clock.deadlineState} daysLeft={clock.workingDaysLeft} />
          {clock.paused && <Typography.Text type="secondary">{m.pausedNow}</Typography.Text>}
          {clock.escalationLevel > 0 && <Tag color="red">{m.escalated(clock.escalationLevel)}</Tag>}
        </>
      ),
    },
    {
      key: 'period',
      label: m.period,
      children: (
        <Flex vertical align="start">
          <span>{m.periodText(clock.budget.amount, unit, viDate(clock.start))}</span>
          <SkippedDays start={clock.start} amount={clock.budget.amount + extended} unit={clock.budget.unit} />
        </Flex>
      ),
    },
    ...(clock.pauses.length > 0
      ? [
          {
            key: 'pauses',
            label: m.pauses,
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {clock.pauses.map((p, i) => (
                  <li key={i}>
                    {m.pause(viDate(text(p.from)), text(p.to) ? viDate(text(p.to)) : null)}
                    {text(p.decisionRef) && ` ${m.decision(text(p.decisionRef) as string)}`}
                    {text(p.resumeRef) && `; ${m.resumedBy(text(p.resumeRef) as string)}`}
                    {text(p.reason) && <Typography.Text type="secondary">: {text(p.reason)}</Typography.Text>}
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    ...(clock.extensions.length > 0
      ? [
          {
            key: 'extensions',
            label: m.extensions,
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {clock.extensions.map((e, i) => (
                  <li key={i}>
                    {m.extension(typeof e.amount === 'number' ? e.amount : 0, unit)}
                    {text(e.decisionRef) && ` ${m.decision(text(e.decisionRef) as string)}`}
                    {text(e.reason) && <Typography.Text type="secondary">: {text(e.reason)}</Typography.Text>}
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={m.title} size="small" data-testid="clock-panel">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
