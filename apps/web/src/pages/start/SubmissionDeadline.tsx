import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import { viDate, vietnamToday } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import type { DeadlineResult } from '../case/case-api';

/** HD 38/HD-TLĐ Mục 10.4(đ): the lower union submits within 10 working days of the meeting that elected them. */
const SUBMISSION_WORKING_DAYS = 10;

const M = {
  vi: {
    due: (date: string, after: string) => `Hạn nộp hồ sơ: hết ngày ${date} (${SUBMISSION_WORKING_DAYS} ngày làm việc sau ${after}, HD 38/HD-TLĐ Mục 10.4).`,
    late: (date: string) => `Đã quá hạn nộp hồ sơ (hết ngày ${date}): hồ sơ vẫn được tiếp nhận nhưng được ghi là nộp muộn.`,
  },
  en: {
    due: (date: string, after: string) => `Submit by ${date} (${SUBMISSION_WORKING_DAYS} working days after ${after}, HD 38/HD-TLĐ item 10.4).`,
    late: (date: string) => `The submission period ended on ${date}: the dossier is still received, but marked as late.`,
  },
};

/** The last day to file a committee dossier, counted by the server's calendar from the electing meeting; late is only flagged. */
export function SubmissionDeadline({ from, after }: { from: Dayjs | null | undefined; after: string }) {
  const m = useMessages(M);
  const start = from?.format('YYYY-MM-DD');
  const due = useQuery({
    queryKey: ['calendar-deadline', start, SUBMISSION_WORKING_DAYS, 'working_days'],
    queryFn: () => api<DeadlineResult>(`/calendar/deadline?${new URLSearchParams({ start: start ?? '', amount: String(SUBMISSION_WORKING_DAYS), unit: 'working_days' })}`),
    enabled: !!start,
    staleTime: 60 * 60_000,
  });
  if (!due.data) return null;
  const late = vietnamToday() > due.data.due;
  return (
    <Alert
      type={late ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="submission-deadline"
      title={late ? m.late(viDate(due.data.due)) : m.due(viDate(due.data.due), after)}
    />
  );
}
