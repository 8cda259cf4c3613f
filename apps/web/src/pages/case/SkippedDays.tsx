import { useQuery } from '@tanstack/react-query';
import { Button, Popover, Typography } from 'antd';
import { api } from '../../api/client';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import type { DeadlineResult } from './case-api';

const M = {
  vi: {
    trigger: (n: number) => `${n} ngày nghỉ không tính`,
    title: 'Ngày nghỉ không tính vào thời hạn',
    none: 'Không có ngày nghỉ nào trong thời hạn',
    loading: 'Đang tính ngày nghỉ…',
    failed: 'Không tải được lịch ngày nghỉ',
  },
  en: {
    trigger: (n: number) => `${n} day${n === 1 ? '' : 's'} off not counted`,
    title: 'Days off not counted in the period',
    none: 'No days off within the period',
    loading: 'Counting the days off…',
    failed: 'Could not load the calendar of days off',
  },
};

/**
 * The weekends and holidays the period skipped, as the server's calendar computes them (GET /api/calendar/deadline),
 * listed in a popover that opens on hover, keyboard focus or a tap.
 */
export function SkippedDays({ start, amount, unit }: { start: string; amount: number; unit: string }) {
  const m = useMessages(M);
  const result = useQuery({
    queryKey: ['calendar-deadline', start, amount, unit],
    queryFn: () => api<DeadlineResult>(`/calendar/deadline?${new URLSearchParams({ start, amount: String(amount), unit })}`),
    staleTime: 60 * 60_000,
  });
  if (result.isPending) return <Typography.Text type="secondary">{m.loading}</Typography.Text>;
  if (result.isError) return <Typography.Text type="secondary">{m.failed}</Typography.Text>;
  const skipped = result.data.skipped;
  if (skipped.length === 0) return <Typography.Text type="secondary">{m.none}</Typography.Text>;
  const list = (
    <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 260, overflowY: 'auto', maxWidth: 'min(340px, 80vw)' }} aria-label={m.title}>
      {skipped.map((d) => (
        <li key={d.date}>
          {viDate(d.date)} — {d.reason}
        </li>
      ))}
    </ul>
  );
  return (
    <Popover title={m.title} content={list} trigger={['hover', 'focus', 'click']} placement="bottomLeft">
      <Button type="link" size="small" style={{ paddingInline: 0 }}>
        {m.trigger(skipped.length)}
      </Button>
    </Popover>
  );
}
