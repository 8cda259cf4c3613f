import { Card } from 'antd';
import type { KeyboardEvent } from 'react';
import { viDate } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { CALENDAR_M } from './calendar-messages';
import { type CalendarDraft, changedDay, isWeekend, markOf, monthWeeks, weekdayOf } from './calendar-model';
import './calendar.css';

interface MonthGridProps {
  year: number;
  month: number;
  draft: CalendarDraft;
  saved: CalendarDraft;
  provisional: boolean;
  /** the one day reachable with Tab (arrow keys move it), for a 365-button grid that is quick to cross */
  activeDate: string;
  onActivate: (date: string) => void;
  onOpen: (date: string) => void;
}

/** Moves the focus by a day (←→) or a week (↑↓) across months, to the button of that date. */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>, date: string, onActivate: (date: string) => void) {
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[event.key];
  if (!step) return;
  event.preventDefault();
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + step)).toISOString().slice(0, 10);
  const target = document.querySelector<HTMLButtonElement>(`button[data-date="${next}"]`);
  if (target) {
    onActivate(next);
    target.focus();
  }
}

/** One month: a Monday-first grid of day buttons, then the marked days in words. */
export function MonthGrid({ year, month, draft, saved, provisional, activeDate, onActivate, onOpen }: MonthGridProps) {
  const m = useMessages(CALENDAR_M);
  const weeks = monthWeeks(year, month);
  const marked = weeks.flat().filter((date): date is string => !!date && !!markOf(draft, date));
  const order = [1, 2, 3, 4, 5, 6, 0];

  const describe = (date: string) => {
    const mark = markOf(draft, date);
    const parts = [m.dayTitle(viDate(date), m.weekdays[weekdayOf(date)])];
    if (mark) parts.push(`${mark.kind === 'holiday' ? m.holiday : m.workingDay}: ${mark.name}`);
    else if (isWeekend(date)) parts.push(m.weekend);
    if (mark && provisional && !changedDay(saved, draft, date)) parts.push(m.provisionalWord);
    if (changedDay(saved, draft, date)) parts.push(m.unsaved);
    return parts.join(' — ');
  };

  return (
    <Card size="small" title={m.monthName(month)} styles={{ body: { padding: 8 } }}>
      <table className="cal-month">
        <caption className="cal-caption">{`${m.monthName(month)} ${year}`}</caption>
        <thead>
          <tr>
            {order.map((w) => (
              <th key={w} scope="col" abbr={m.weekdays[w]}>
                {m.weekdaysShort[w]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((date, j) =>
                date ? (
                  <td key={date}>
                    <DayButton
                      date={date}
                      label={describe(date)}
                      draft={draft}
                      changed={changedDay(saved, draft, date)}
                      provisional={provisional && !changedDay(saved, draft, date)}
                      active={date === activeDate}
                      onFocus={() => onActivate(date)}
                      onKeyDown={(e) => moveFocus(e, date, onActivate)}
                      onClick={() => onOpen(date)}
                    />
                  </td>
                ) : (
                  <td key={`blank-${j}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="cal-marks" aria-label={m.marksOf(m.monthName(month))}>
        {marked.length === 0 ? (
          <li className="cal-marks__none">{m.noMarks}</li>
        ) : (
          marked.map((date) => {
            const mark = markOf(draft, date)!;
            return (
              <li key={date} className={`cal-${mark.kind}`}>
                <span>{viDate(date).slice(0, 5)} </span>
                <span className="cal-marks__name">{mark.name}</span>
                <span> · {mark.kind === 'holiday' ? m.holiday : m.workingDay}</span>
                {provisional && !changedDay(saved, draft, date) ? <span> ({m.provisionalWord})</span> : null}
                {changedDay(saved, draft, date) ? <span> * {m.unsaved}</span> : null}
              </li>
            );
          })
        )}
      </ul>
    </Card>
  );
}

function DayButton(props: {
  date: string;
  label: string;
  draft: CalendarDraft;
  changed: boolean;
  provisional: boolean;
  active: boolean;
  onFocus: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onClick: () => void;
}) {
  const m = useMessages(CALENDAR_M);
  const mark = markOf(props.draft, props.date);
  const kind = mark?.kind ?? (isWeekend(props.date) ? 'weekend' : 'ordinary');
  return (
    <button
      type="button"
      className={`cal-day cal-${kind}${props.provisional && mark ? ' cal-provisional' : ''}`}
      data-date={props.date}
      data-mark={kind}
      aria-label={props.label}
      title={props.label}
      tabIndex={props.active ? 0 : -1}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
      onClick={props.onClick}
    >
      <span className="cal-day__number">
        {Number(props.date.slice(8))}
        {props.changed ? '*' : ''}
      </span>
      {mark ? <span className="cal-day__word">{mark.kind === 'holiday' ? m.holidayShort : m.workingShort}</span> : null}
    </button>
  );
}
