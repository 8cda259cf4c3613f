import { Typography } from 'antd';
import type { CaseSummary } from '../../api/types';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { M } from './messages';

/** Today in Vietnam (UTC+7, no daylight saving), as the API dates legal deadlines. */
const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

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
