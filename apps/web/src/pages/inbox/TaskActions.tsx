import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Task } from '../../api/types';
import { ownActionLabel, stepActionWords } from '../../components/code-words';
import { useMessages } from '../../i18n/use-messages';
import { taskLink } from './inbox-api';
import { M } from './messages';
import { useProcedures } from './use-procedures';

/**
 * The step's allowed actions as small buttons, each opening the case page on this task (the action panel is there);
 * an escalation entry says so in words and offers no action, since the assignee, not the leader, acts on it.
 */
export function TaskActions({ task }: { task: Task }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const { stepOf } = useProcedures();
  const step = stepOf(task.procedureCode, task.stepKey);
  // The step's own wording where the catalog has one ('Thụ lý', 'Ký quyết định giải quyết'), else the inbox's short one.
  const labelled = { procedureCode: task.procedureCode, key: task.stepKey, actionLabels: step?.actionLabels };
  const labelOf = (action: string) => (ownActionLabel(labelled, action) ? stepActionWords(i18n.language, action, labelled) : (m.actions[action] ?? action));
  if (task.kind === 'escalation') {
    return (
      <div>
        <Tag color="volcano" data-escalation>
          <span aria-hidden>⬆ </span>
          {m.escalation}
        </Tag>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {m.escalationHint}
          </Typography.Text>
        </div>
      </div>
    );
  }
  return (
    <Space size={[4, 4]} wrap>
      {task.allowedActions.map((action) => {
        const label = labelOf(action);
        return (
          <Button
            key={action}
            size="small"
            aria-label={m.actionLabel(label, task.caseCode)}
            onClick={(e) => {
              e.stopPropagation(); // the row opens the case too; one navigation is enough
              navigate(taskLink(task, action));
            }}
          >
            {label}
          </Button>
        );
      })}
    </Space>
  );
}
