import { ValidationFailed } from '@congdoan/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A page of a keyset-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Opaque to clients: base64url of the sort key of the last row, `|`-separated. */
function encode(parts: readonly string[]): string {
  return Buffer.from(parts.join('|'), 'utf8').toString('base64url');
}

function decode(cursor: string, valid: (parts: string[]) => boolean): string[] {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (cursor.length > 200 || !valid(parts)) {
    throw new ValidationFailed([
      { field: 'cursor', rule: 'cursor', message: "Trường 'cursor' không hợp lệ: hãy dùng đúng giá trị nextCursor đã nhận", messageEn: 'cursor is not valid: pass back a nextCursor as received' },
    ]);
  }
  return parts;
}

/** Cases: newest first by (created_at, id). */
export const caseCursor = {
  encode: (row: { createdAt: string; id: string }) => encode([row.createdAt, row.id]),
  decode(cursor: string): { createdAt: string; id: string } {
    const [createdAt, id] = decode(cursor, (p) => p.length === 2 && INSTANT.test(p[0]) && !Number.isNaN(Date.parse(p[0])) && UUID.test(p[1]));
    return { createdAt, id };
  },
};

/** Tasks: overdue first by (due_date NULLS LAST, id); an empty date stands for "no due date". */
export const taskCursor = {
  encode: (row: { dueDate: string | null; id: string }) => encode([row.dueDate ?? '', row.id]),
  decode(cursor: string): { dueDate: string | null; id: string } {
    const [dueDate, id] = decode(cursor, (p) => p.length === 2 && (p[0] === '' || DATE.test(p[0])) && UUID.test(p[1]));
    return { dueDate: dueDate || null, id };
  },
};
