import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Flex, Skeleton, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { CaseView, Page, Procedure, Task } from '../../api/types';
import { useSession } from '../../auth/session';
import { errorText } from '../../components/api-error';
import { DeadlineTag } from '../../components/DeadlineTag';
import { useMessages } from '../../i18n/use-messages';
import { ActionModal } from './ActionModal';
import { isDecisionStep, useCaseLabels } from './case-labels';
import { leadsUnit, usableNow } from './complaint-case';

const M = {
  vi: {
    yours: (step: string) => `Việc của bạn: ${step}`,
    notYours: (step: string, holder: string) => `Bước hiện tại "${step}" do ${holder} xử lý; bạn không có thao tác nào ở bước này.`,
    heldBy: (step: string, holder: string) => `Bước hiện tại "${step}" do ${holder} xử lý.`,
    leaderTitle: 'Quyết định của lãnh đạo (người giải quyết)',
    leaderHint: 'Lãnh đạo đơn vị giải quyết có thể ra các quyết định này trong khi bước đang do người khác xử lý.',
    done: (label: string) => `Đã ghi nhận: ${label}.`,
    nowAt: (step: string, holder: string) => `Hồ sơ chuyển sang bước "${step}" (${holder}).`,
    stillAt: (step: string, holder: string) => `Hồ sơ vẫn ở bước "${step}" (${holder}).`,
    closed: (status: string) => `Hồ sơ đã kết thúc: ${status}.`,
    tasksFailed: 'Không tải được danh sách việc của bạn',
  },
  en: {
    yours: (step: string) => `Your step: ${step}`,
    notYours: (step: string, holder: string) => `The current step "${step}" is for ${holder}; you have nothing to do on it.`,
    heldBy: (step: string, holder: string) => `The current step "${step}" is for ${holder}.`,
    leaderTitle: "Leader's decisions (the resolving leader)",
    leaderHint: "The resolving unit's leaders may take these decisions while the step is with someone else.",
    done: (label: string) => `Recorded: ${label}.`,
    nowAt: (step: string, holder: string) => `The case moved to "${step}" (${holder}).`,
    stillAt: (step: string, holder: string) => `The case stays at "${step}" (${holder}).`,
    closed: (status: string) => `The case is closed: ${status}.`,
    tasksFailed: 'Could not load your tasks',
  },
};

const PRIMARY = ['approve', 'issue', 'sign', 'vote', 'resubmit', 'resume'];
/** Actions that leave the step open (the domain's STEP_KEEPING_ACTIONS): the case does not move on. */
const STEP_KEEPING = ['delegate', 'assign', 'extend', 'suspend', 'resume'];
const DANGER = ['reject', 'withdraw', 'terminate'];

/** An action the user is about to take: on which task, and whether as the step's holder or as a leader of its unit. */
interface Chosen {
  taskId: string;
  action: string;
}

/**
 * What the user can do on this case now: their open step (from their inbox, or the `?task=` the link named) with one
 * button per allowed action, each opening its form (`?action=` opens it at once, as the inbox's buttons ask); and, for a
 * leader of the open step's unit, the decisions the procedure lets its leaders take while someone else holds the step
 * (a QĐ gia hạn during the UBKT's verification), sent to that step. After an action it says what was recorded.
 */
export function ActionPanel({ caseView, procedure, onUpdated, onStale }: { caseView: CaseView; procedure?: Procedure; onUpdated(updated: CaseView): void; onStale(): void }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const [active, setActive] = useState<Chosen | null>(null);
  const [recorded, setRecorded] = useState<{ label: string; kept: boolean } | null>(null);
  const asked = useRef(false);
  const open = caseView.status === 'open';
  const tasks = useQuery({ queryKey: ['tasks', 'all'], queryFn: () => api<Page<Task>>('/tasks?limit=200'), enabled: open });

  const mine = (tasks.data?.items ?? []).filter((x) => x.caseId === caseView.id && x.kind === 'action');
  const task = mine.find((x) => x.id === params.get('task')) ?? mine[0];
  const current = caseView.steps.find((s) => s.status === 'open');
  const holder = (s: { assignee: { role: string } }) => labels.role(s.assignee.role);
  const definitionOf = (key: string | undefined) => procedure?.steps.find((s) => s.key === key);
  const stepOfTask = (taskId: string) => caseView.steps.find((s) => s.taskId === taskId);
  const labelOf = (action: string, taskId: string) => {
    const step = stepOfTask(taskId);
    return labels.action(action, isDecisionStep(step?.assignee.role), { procedureCode: caseView.procedureCode, key: step?.key, actionLabels: definitionOf(step?.key)?.actionLabels });
  };

  const taskActions = task ? task.allowedActions.filter((a) => task.id !== caseView.clock?.taskId || usableNow(a, caseView.clock)) : [];
  // The resolving leader's decisions on a step someone else holds: offered to the leaders of the step's unit only.
  const leaderActions =
    open && current && leadsUnit(me, current.assignee.orgUnitId)
      ? (definitionOf(current.key)?.leaderActions ?? []).filter((a) => !(task?.id === current.taskId && taskActions.includes(a))).filter((a) => usableNow(a, caseView.clock))
      : [];

  // An inbox button names the action: its form opens at once, once.
  useEffect(() => {
    const wanted = params.get('action');
    if (asked.current || !wanted || !task) return;
    asked.current = true;
    if (taskActions.includes(wanted)) setActive({ taskId: task.id, action: wanted });
    const next = new URLSearchParams(params);
    next.delete('action');
    setParams(next, { replace: true });
  }, [params, setParams, task, taskActions]);

  const outcome = recorded && (
    <Alert
      type="success"
      showIcon
      role="status"
      closable={{ onClose: () => setRecorded(null) }}
      style={{ marginBottom: 12 }}
      title={m.done(recorded.label)}
      description={open ? current && (recorded.kept ? m.stillAt : m.nowAt)(current.name, holder(current)) : m.closed(labels.status(caseView.status))}
    />
  );

  const button = (taskId: string, action: string) => (
    <Button key={action} type={PRIMARY.includes(action) ? 'primary' : 'default'} danger={DANGER.includes(action)} onClick={() => setActive({ taskId, action })}>
      {labelOf(action, taskId)}
    </Button>
  );
  const leaderBlock = current && leaderActions.length > 0 && (
    <section aria-label={m.leaderTitle} data-testid="leader-actions">
      {task && <Divider style={{ margin: '12px 0' }} />}
      <Typography.Text strong>{m.leaderTitle}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px', fontSize: 13 }}>
        {m.leaderHint}
      </Typography.Paragraph>
      <Flex wrap gap={8}>
        {leaderActions.map((action) => button(current.taskId, action))}
      </Flex>
    </section>
  );

  let body;
  if (!open) body = null;
  else if (tasks.isPending) body = <Skeleton active paragraph={{ rows: 1 }} />;
  else if (tasks.isError)
    body = (
      <Alert
        type="warning"
        showIcon
        title={`${m.tasksFailed}: ${errorText(tasks.error, i18n.language, t('common.networkError'))}`}
        action={<Button size="small" onClick={() => void tasks.refetch()}>{t('common.retry')}</Button>}
      />
    );
  else if (!task)
    body = current ? (
      <>
        <Typography.Text type="secondary">{leaderBlock ? m.heldBy(current.name, holder(current)) : m.notYours(current.name, holder(current))}</Typography.Text>
        {leaderBlock && <Divider style={{ margin: '12px 0' }} />}
        {leaderBlock}
      </>
    ) : null;
  else
    body = (
      <>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text strong>{m.yours(task.name)}</Typography.Text>
          <DeadlineTag state={task.deadlineState} daysLeft={task.workingDaysLeft} />
        </Flex>
        <Flex wrap gap={8}>
          {taskActions.map((action) => button(task.id, action))}
        </Flex>
        {leaderBlock}
      </>
    );

  const activeStep = active && stepOfTask(active.taskId);
  if (!outcome && !body) return null;
  return (
    <Card size="small" style={{ marginBottom: 16, borderColor: '#1d3f8f' }} data-testid="action-panel">
      {outcome}
      {body}
      {active && (
        <ActionModal
          action={active.action}
          task={{ id: active.taskId }}
          step={activeStep ?? undefined}
          definition={definitionOf(activeStep?.key)}
          grounds={procedure?.grounds}
          procedure={procedure}
          caseView={caseView}
          currentUserId={me?.id}
          onClose={() => setActive(null)}
          onStale={() => {
            setActive(null);
            onStale();
          }}
          onDone={(updated) => {
            setRecorded({ label: labelOf(active.action, active.taskId), kept: STEP_KEEPING.includes(active.action) });
            setActive(null);
            onUpdated(updated);
          }}
        />
      )}
    </Card>
  );
}
