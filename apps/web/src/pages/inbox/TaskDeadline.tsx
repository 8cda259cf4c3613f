import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/types';
import { DeadlineTag } from '../../components/DeadlineTag';
import { viDate } from '../../components/dates';

/** The deadline in colour and words with the working days left, and the due date as offices write it. */
export function TaskDeadline({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <div>
      <DeadlineTag state={task.deadlineState} daysLeft={task.workingDaysLeft} />
      <div>
        <Typography.Text type="secondary">{task.dueAt ? t('deadline.dueOn', { date: viDate(task.dueAt) }) : t('deadline.noDue')}</Typography.Text>
      </div>
    </div>
  );
}
