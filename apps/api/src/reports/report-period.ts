import { type FieldProblem, ValidationFailed } from '@congdoan/domain';

export interface ReportPeriod {
  from: string;
  to: string;
}

/**
 * The period asked for, both ends inclusive: a missing end is taken from the other end's year (or this year, Vietnam
 * time), so `?from=2026-04-01` means April to December 2026. A period that ends before it starts is a 400 on `to`.
 */
export function reportPeriod(query: { from?: string; to?: string }, today: string): ReportPeriod {
  const from = query.from ?? `${(query.to ?? today).slice(0, 4)}-01-01`;
  const to = query.to ?? `${(query.from ?? today).slice(0, 4)}-12-31`;
  if (from > to) {
    const problem: FieldProblem = {
      field: 'to',
      rule: 'notBeforeFrom',
      message: `Trường 'to' (${to}) không được trước ngày bắt đầu 'from' (${from})`,
      messageEn: `to (${to}) must not be before from (${from})`,
    };
    throw new ValidationFailed([problem]);
  }
  return { from, to };
}
