import { ValidationFailed } from '@congdoan/domain';
import { isNotificationId, notificationCursor } from './notification-cursor';
import { NotificationIdPipe } from './notification-id.pipe';

describe('notification cursor and id', () => {
  it('round-trips the last id, opaquely', () => {
    for (const id of ['1', '1042', '9223372036854775807']) {
      const cursor = notificationCursor.encode({ id });
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(notificationCursor.decode(cursor)).toBe(id);
    }
  });

  it('refuses a forged, foreign or out-of-range cursor as a 400 naming the cursor', () => {
    const forged = ['abc', '', Buffer.from('0').toString('base64url'), Buffer.from('-5').toString('base64url'), Buffer.from('9223372036854775808').toString('base64url'),
      Buffer.from('12|x').toString('base64url'), `${notificationCursor.encode({ id: '12' })}=`, Buffer.from("1'; DROP TABLE notifications").toString('base64url')];
    for (const bad of forged) {
      try {
        notificationCursor.decode(bad);
        throw new Error(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationFailed);
        expect((error as ValidationFailed).details?.[0]).toMatchObject({ field: 'cursor', rule: 'cursor' });
      }
    }
  });

  it('takes only bigint ids as :id', () => {
    expect(['1', '42', '9223372036854775807'].every(isNotificationId)).toBe(true);
    expect(['0', '007', '-1', '1.5', '1e3', 'abc', '', '9223372036854775808', '99999999999999999999'].some(isNotificationId)).toBe(false);
    const pipe = new NotificationIdPipe();
    expect(pipe.transform('42')).toBe('42');
    expect(() => pipe.transform('x')).toThrow(ValidationFailed);
  });
});
