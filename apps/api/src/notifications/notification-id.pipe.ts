import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailed } from '@congdoan/domain';
import { isNotificationId } from './notification-cursor';

/** `@Param('id', NotificationIdPipe)`: notification ids are bigserial; anything else is a 400 naming `id`. */
@Injectable()
export class NotificationIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (isNotificationId(value)) return value;
    throw new ValidationFailed([
      { field: 'id', rule: 'isNotificationId', message: "Trường 'id' phải là mã thông báo (số nguyên dương)", messageEn: 'id must be a notification id (a positive integer)' },
    ]);
  }
}
