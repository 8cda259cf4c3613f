import { Flex } from 'antd';
import { useMessages } from '../../i18n/use-messages';
import { CALENDAR_M } from './calendar-messages';
import './calendar.css';

function Swatch({ kind, children }: { kind: string; children: string }) {
  return (
    <Flex align="center" gap={6}>
      <span aria-hidden className={`cal-swatch cal-${kind}`}>
        8
      </span>
      <span>{children}</span>
    </Flex>
  );
}

/** What the colours and marks of the grid mean, in words. */
export function CalendarLegend() {
  const m = useMessages(CALENDAR_M);
  return (
    <Flex wrap gap={16} role="note" aria-label={m.legend}>
      <Swatch kind="holiday">{`${m.legendHoliday} — “${m.holidayShort}”`}</Swatch>
      <Swatch kind="workingDay">{`${m.legendWorking} — “${m.workingShort}”`}</Swatch>
      <Swatch kind="weekend">{m.legendWeekend}</Swatch>
      <Swatch kind="provisional">{m.legendProvisional}</Swatch>
      <span>{m.legendChanged}</span>
    </Flex>
  );
}
