import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Task } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import { taskLink } from './inbox-api';
import { M } from './messages';
import { TaskActions } from './TaskActions';
import { TaskCase } from './TaskCase';
import { TaskDeadline } from './TaskDeadline';

/** The inbox on a wide screen: one row per step; the row, or its case code, opens the case on that task. */
export function InboxTable({ tasks, nameOf, empty }: { tasks: Task[]; nameOf: (code: string) => string; empty: ReactNode }) {
  const m = useMessages(M);
  const navigate = useNavigate();
  return (
    <Table<Task>
      rowKey="id"
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 820 }}
      locale={{ emptyText: empty }}
      onRow={(task) => ({ onClick: () => navigate(taskLink(task)), style: { cursor: 'pointer' } })}
      columns={[
        { key: 'deadline', title: m.colDeadline, width: 250, render: (_, task) => <TaskDeadline task={task} /> },
        { key: 'case', title: m.colCase, render: (_, task) => <TaskCase task={task} procedureName={nameOf(task.procedureCode)} /> },
        { key: 'step', title: m.colStep, dataIndex: 'name', width: 200 },
        { key: 'actions', title: m.colActions, width: 240, render: (_, task) => <TaskActions task={task} /> },
      ]}
    />
  );
}
