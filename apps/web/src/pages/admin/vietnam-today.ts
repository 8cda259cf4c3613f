/** Today's date in Vietnam (UTC+7, no daylight saving), as the API counts days: `YYYY-MM-DD`. */
export const vietnamToday = (now = new Date()): string => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
