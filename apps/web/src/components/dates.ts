/** `2026-12-04` → `04/12/2026`, the way Vietnamese offices write dates. */
export const viDate = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

/** An instant as local date and time, `04/12/2026 14:05`. */
export const viDateTime = (iso: string): string => {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
};
