import { Tag } from 'antd';
import { useMessages } from '../../i18n/use-messages';
import { M } from './messages';

export const STATUSES = ['open', 'RECOGNISED', 'REJECTED', 'WITHDRAWN'];

const LOOKS: Record<string, { color: string; icon: string }> = {
  open: { color: 'blue', icon: '●' },
  RECOGNISED: { color: 'green', icon: '✓' },
  REJECTED: { color: 'red', icon: '✕' },
  WITHDRAWN: { color: 'default', icon: '↩' },
};

/** A case's status in colour and words; a status this page does not know yet is still shown, as sent. */
export function CaseStatusTag({ status }: { status: string }) {
  const m = useMessages(M);
  const look = LOOKS[status] ?? { color: 'default', icon: '' };
  return (
    <Tag color={look.color} data-status={status}>
      {look.icon && <span aria-hidden>{look.icon} </span>}
      {m.statuses[status] ?? status}
    </Tag>
  );
}
