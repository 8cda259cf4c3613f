/** `2026-12-04` → `04/12/2026`, the way Vietnamese offices write dates. */
export const viDate = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

// Vietnam time whatever the browser's zone: legal dates are Vietnamese dates, and a leader abroad reads the same hour.
const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant in Vietnam time, `04/12/2026 14:05`. */
export const viDateTime = (iso: string): string => {
  const part = Object.fromEntries(VIETNAM_TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
};

/** Today in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD: the day the API counts legal periods by. */
export const vietnamToday = (now: Date = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
