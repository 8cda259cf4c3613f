import { Tag } from 'antd';
import { CASE_STATUSES, CASE_STATUS_LOOKS } from '../../components/code-words';
import { useMessages } from '../../i18n/use-messages';
import { M } from './messages';

export const STATUSES = CASE_STATUSES;

/** A case's status in colour and words; a status this page does not know yet is still shown, as sent. */
export function CaseStatusTag({ status }: { status: string }) {
  const m = useMessages(M);
  const look = CASE_STATUS_LOOKS[status] ?? { color: 'default', icon: '' };
  return (
    <Tag color={look.color} data-status={status}>
      {look.icon && <span aria-hidden>{look.icon} </span>}
      {m.statuses[status] ?? status}
    </Tag>
  );
}
