/** Today in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD: the API judges "not in the future" by this date. */
export const vietnamToday = (now: Date = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
