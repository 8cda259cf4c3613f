import { Typography } from 'antd';
import type { CaseSummary } from '../../api/types';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { M } from './messages';
import { vietnamToday } from '../../components/dates';

/** Today in Vietnam (UTC+7, no daylight saving), as the API dates legal deadlines. */

/** The legal due date; an open case past it says so in words, not colour alone (a darker red than antd's, for contrast). */
export function LegalDueDate({ item }: { item: Pick<CaseSummary, 'legalDueDate' | 'status'> }) {
  const m = useMessages(M);
  if (!item.legalDueDate) return <Typography.Text type="secondary">{m.noDue}</Typography.Text>;
  const late = item.status === 'open' && item.legalDueDate < vietnamToday();
  return (
    <span>
      {viDate(item.legalDueDate)}
      {late && <span style={{ color: '#a8071a', fontWeight: 600 }}> · {m.late}</span>}
    </span>
  );
}
