import { Card, Steps, Tag, Typography } from 'antd';
import type { CaseStep, CaseView, Procedure } from '../../api/types';
import { DeadlineTag } from '../../components/DeadlineTag';
import { viDate, viDateTime } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { ownActionLabel } from '../../components/code-words';
import { useCaseLabels } from './case-labels';

const M = {
  vi: {
    title: 'Các bước xử lý',
    holder: 'Người xử lý',
    assigned: (name: string) => `giao cho ${name}`,
    due: 'Hạn',
    noDue: 'không tính hạn',
    closedAt: 'Xong lúc',
    onTime: 'Xong đúng hạn',
    late: 'Xong quá hạn',
    comment: 'Ý kiến',
    open: 'Đang xử lý',
  },
  en: {
    title: 'Steps',
    holder: 'Held by',
    assigned: (name: string) => `handed to ${name}`,
    due: 'Due',
    noDue: 'no deadline',
    closedAt: 'Closed',
    onTime: 'Closed on time',
    late: 'Closed late',
    comment: 'Comment',
    open: 'In progress',
  },
};

/** Names of the people the case's events mention (actors, delegates), to name a step's holder by its user id. */
export function peopleOf(caseView: CaseView): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of caseView.timeline) {
    if (e.who?.userId) names.set(e.who.userId, e.who.fullName);
    const to = e.data?.toUser as { userId?: unknown; fullName?: unknown } | undefined;
    if (typeof to?.userId === 'string' && typeof to.fullName === 'string') names.set(to.userId, to.fullName);
    // A verification team: the step goes to its head, who may not have acted on the case yet.
    const team = e.data?.team;
    if (Array.isArray(team)) for (const p of team) if (typeof p?.userId === 'string' && typeof p?.fullName === 'string') names.set(p.userId, p.fullName);
  }
  return names;
}

function stepStatus(s: CaseStep): 'wait' | 'process' | 'finish' | 'error' {
  if (s.status === 'open') return 'process';
  if (s.status === 'cancelled') return 'wait';
  return s.outcome === 'reject' ? 'error' : 'finish';
}

/** Every step so far, in order: who holds it, its deadline and state, and for closed ones the outcome and comment. */
export function StepsCard({ caseView, procedure }: { caseView: CaseView; procedure?: Procedure }) {
  const m = useMessages(M);
  const labels = useCaseLabels();
  const people = peopleOf(caseView);
  // What was done, in the step's own words where the catalog has them ("Thụ lý", "Ký quyết định giải quyết").
  const outcomeOf = (s: CaseStep, outcome: string) => {
    const actionLabels = procedure?.steps.find((d) => d.key === s.key)?.actionLabels;
    return ownActionLabel({ actionLabels }, outcome) ? labels.action(outcome, false, { procedureCode: caseView.procedureCode, key: s.key, actionLabels }) : labels.outcome(outcome);
  };
  const openIndex = caseView.steps.findIndex((s) => s.status === 'open');
  const items = caseView.steps.map((s) => {
    const named = s.assignee.userId ? people.get(s.assignee.userId) : undefined;
    return {
      key: s.taskId,
      status: stepStatus(s),
      title: s.name,
      content: (
        <div style={{ paddingBottom: 8 }}>
          <div>
            <Typography.Text type="secondary">{m.holder}: </Typography.Text>
            {labels.role(s.assignee.role)}
            {named && ` — ${m.assigned(named)}`}
          </div>
          <div>
            <Typography.Text type="secondary">{m.due}: </Typography.Text>
            {s.dueAt ? viDate(s.dueAt) : m.noDue}{' '}
            {s.status === 'open' ? (
              s.deadlineState && <DeadlineTag state={s.deadlineState} />
            ) : s.deadlineState ? (
              <Tag color={s.deadlineState === 'overdue' ? 'red' : 'green'}>{s.deadlineState === 'overdue' ? m.late : m.onTime}</Tag>
            ) : null}
          </div>
          {s.status === 'open' ? (
            <Tag color="processing">{m.open}</Tag>
          ) : (
            <div>
              {s.outcome && <Typography.Text strong>{outcomeOf(s, s.outcome)}</Typography.Text>}
              {s.completedAt && <Typography.Text type="secondary"> · {m.closedAt} {viDateTime(s.completedAt)}</Typography.Text>}
            </div>
          )}
          {s.comment && (
            <div>
              <Typography.Text type="secondary">{m.comment}: </Typography.Text>
              {s.comment}
            </div>
          )}
        </div>
      ),
    };
  });
  return (
    <Card title={m.title} size="small">
      <Steps orientation="vertical" size="small" current={openIndex >= 0 ? openIndex : caseView.steps.length} items={items} />
    </Card>
  );
}
