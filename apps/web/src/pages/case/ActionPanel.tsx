import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { CaseView, Page, Task } from '../../api/types';
import { useSession } from '../../auth/session';
import { errorText } from '../../components/api-error';
import { DeadlineTag } from '../../components/DeadlineTag';
import { useMessages } from '../../i18n/use-messages';
import { ActionModal } from './ActionModal';
import { isDecisionStep, useCaseLabels } from './case-labels';

const M = {
  vi: {
    yours: (step: string) => `Việc của bạn: ${step}`,
    notYours: (step: string, holder: string) => `Bước hiện tại "${step}" do ${holder} xử lý; bạn không có thao tác nào ở bước này.`,
    done: (label: string) => `Đã ghi nhận: ${label}.`,
    nowAt: (step: string, holder: string) => `Hồ sơ chuyển sang bước "${step}" (${holder}).`,
    closed: (status: string) => `Hồ sơ đã kết thúc: ${status}.`,
    tasksFailed: 'Không tải được danh sách việc của bạn',
  },
  en: {
    yours: (step: string) => `Your step: ${step}`,
    notYours: (step: string, holder: string) => `The current step "${step}" is for ${holder}; you have nothing to do on it.`,
    done: (label: string) => `Recorded: ${label}.`,
    nowAt: (step: string, holder: string) => `The case moved to "${step}" (${holder}).`,
    closed: (status: string) => `The case is closed: ${status}.`,
    tasksFailed: 'Could not load your tasks',
  },
};

const PRIMARY = ['approve', 'issue', 'sign', 'resubmit', 'resume'];
const DANGER = ['reject', 'withdraw'];

/**
 * What the user can do on this case now: their open step (from their inbox, or the `?task=` the link named) with one
 * button per allowed action, each opening its form. After an action it says what was recorded and where the case went.
 */
export function ActionPanel({ caseView, onUpdated, onStale }: { caseView: CaseView; onUpdated(updated: CaseView): void; onStale(): void }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const { me } = useSession();
  const [params] = useSearchParams();
  const [active, setActive] = useState<{ task: Task; action: string } | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const open = caseView.status === 'open';
  const tasks = useQuery({ queryKey: ['tasks', 'all'], queryFn: () => api<Page<Task>>('/tasks?limit=200'), enabled: open });

  const mine = (tasks.data?.items ?? []).filter((x) => x.caseId === caseView.id && x.kind === 'action');
  const task = mine.find((x) => x.id === params.get('task')) ?? mine[0];
  const step = task && caseView.steps.find((s) => s.taskId === task.id);
  const current = caseView.steps.find((s) => s.status === 'open');
  const holder = (s: { assignee: { role: string } }) => labels.role(s.assignee.role);

  const outcome = recorded && (
    <Alert
      type="success"
      showIcon
      role="status"
      closable={{ onClose: () => setRecorded(null) }}
      style={{ marginBottom: 12 }}
      title={m.done(recorded)}
      description={open ? current && m.nowAt(current.name, holder(current)) : m.closed(labels.status(caseView.status))}
    />
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
  else if (!task) body = current ? <Typography.Text type="secondary">{m.notYours(current.name, holder(current))}</Typography.Text> : null;
  else
    body = (
      <>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text strong>{m.yours(task.name)}</Typography.Text>
          <DeadlineTag state={task.deadlineState} daysLeft={task.workingDaysLeft} />
        </Flex>
        <Flex wrap gap={8}>
          {task.allowedActions.map((action) => (
            <Button key={action} type={PRIMARY.includes(action) ? 'primary' : 'default'} danger={DANGER.includes(action)} onClick={() => setActive({ task, action })}>
              {labels.action(action, isDecisionStep(step?.assignee.role))}
            </Button>
          ))}
        </Flex>
      </>
    );

  if (!outcome && !body) return null;
  return (
    <Card size="small" style={{ marginBottom: 16, borderColor: '#1d3f8f' }} data-testid="action-panel">
      {outcome}
      {body}
      {active && (
        <ActionModal
          action={active.action}
          task={active.task}
          step={caseView.steps.find((s) => s.taskId === active.task.id)}
          caseView={caseView}
          currentUserId={me?.id}
          onClose={() => setActive(null)}
          onStale={() => {
            setActive(null);
            onStale();
          }}
          onDone={(updated) => {
            setRecorded(labels.action(active.action, isDecisionStep(caseView.steps.find((s) => s.taskId === active.task.id)?.assignee.role)));
            setActive(null);
            onUpdated(updated);
          }}
        />
      )}
    </Card>
  );
}
