/** A rate (0–1) as a percentage in the reader's language: `66,7 %` in Vietnamese, `66.7%` in English. */
export function percent(rate: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}
