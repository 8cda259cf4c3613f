import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Task } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import { taskLink } from './inbox-api';
import { M } from './messages';
import { TaskActions } from './TaskActions';
import { TaskCase } from './TaskCase';
import { TaskDeadline } from './TaskDeadline';

/** The inbox on a phone: one card per step instead of a wide table. */
export function InboxCards({ tasks, nameOf, empty }: { tasks: Task[]; nameOf: (code: string) => string; empty: ReactNode }) {
  const m = useMessages(M);
  const navigate = useNavigate();
  if (tasks.length === 0) return <>{empty}</>;
  return (
    <Flex vertical gap={10} role="list">
      {tasks.map((task) => (
        <Card key={task.id} size="small" role="listitem" hoverable onClick={() => navigate(taskLink(task))} styles={{ body: { padding: 12 } }}>
          <TaskDeadline task={task} />
          <div style={{ marginTop: 6 }}>
            <TaskCase task={task} procedureName={nameOf(task.procedureCode)} />
          </div>
          <div style={{ margin: '4px 0 8px' }}>
            <Typography.Text type="secondary">{m.step}: </Typography.Text>
            {task.name}
          </div>
          <TaskActions task={task} />
        </Card>
      ))}
    </Flex>
  );
}
