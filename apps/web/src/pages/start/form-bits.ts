import type { Dayjs } from 'dayjs';
import { vietnamToday } from '../../components/dates';

/** A date input as the forms write dates (DD/MM/YYYY), never after today. */
export const PAST_DATE_INPUT = {
  format: 'DD/MM/YYYY',
  style: { width: '100%', maxWidth: 220 },
  disabledDate: (d: Dayjs) => d.format('YYYY-MM-DD') > vietnamToday(),
} as const;

/** A label-high spacer so a row's remove button lines up with the input beside it, whatever the font size. */
export const BUTTON_CELL = { label: ' ', style: { flex: 'none' } } as const;

/** A row of inputs that wraps on a phone. */
export const ROW = { display: 'flex', gap: 16, flexWrap: 'wrap' } as const;

/** A date as the API takes it, or nothing. */
export const isoDay = (value: Dayjs | null | undefined): string | undefined => (value ? value.format('YYYY-MM-DD') : undefined);
