import { ValidationFailed } from '@congdoan/domain';

/** A bigserial id: decimal, no sign or leading zero, within PostgreSQL's bigint. */
const BIGINT_MAX = 9223372036854775807n;
export const isNotificationId = (value: string): boolean => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= BIGINT_MAX;

/**
 * Notifications: newest first, keyset on id. Opaque to clients (base64url of the last id), like the other lists'
 * cursors; anything but a cursor this API wrote is a 400 naming `cursor`, never a database error.
 */
export const notificationCursor = {
  encode: (row: { id: string }): string => Buffer.from(row.id, 'utf8').toString('base64url'),
  decode(cursor: string): string {
    const id = Buffer.from(cursor, 'base64url').toString('utf8');
    if (cursor.length > 200 || !isNotificationId(id) || notificationCursor.encode({ id }) !== cursor) {
      throw new ValidationFailed([
        { field: 'cursor', rule: 'cursor', message: "Trường 'cursor' không hợp lệ: hãy dùng đúng giá trị nextCursor đã nhận", messageEn: 'cursor is not valid: pass back a nextCursor as received' },
      ]);
    }
    return id;
  },
};
