import { Typography } from 'antd';
import { Link } from 'react-router';
import type { Task } from '../../api/types';
import { taskLink } from './inbox-api';

/** Which case a step belongs to: its code (a link to the case on this task), its title, then its procedure. */
export function TaskCase({ task, procedureName }: { task: Task; procedureName: string }) {
  return (
    <div>
      <Link to={taskLink(task)} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 600 }}>
        {task.caseCode}
      </Link>
      <div>{task.title}</div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {procedureName}
      </Typography.Text>
    </div>
  );
}
