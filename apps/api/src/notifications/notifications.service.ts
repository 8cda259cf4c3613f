import { Injectable } from '@nestjs/common';
import { NotFound, vietnamDate } from '@congdoan/domain';
import { NotificationsRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DEFAULT_PAGE } from '../cases/cases.dto';
import { notificationCursor } from './notification-cursor';
import type { ListNotificationsQueryDto, NotificationPageDto } from './notifications.dto';

/**
 * In-app notifications: the workflows' outbox, as each user sees it. A notification reaches the user it names, or
 * everyone holding its role in its unit today (Vietnam date); read marks are per user.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  /** Newest first, with the caller's unread count (whatever the filter and page). */
  async list(user: AuthenticatedUser, query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const today = vietnamDate(new Date());
    const limit = query.limit ?? DEFAULT_PAGE;
    const beforeId = query.cursor ? notificationCursor.decode(query.cursor) : undefined;
    const [{ items, hasMore }, unreadCount] = await Promise.all([
      this.notifications.page(user.id, today, { unread: query.unread === true, limit, beforeId }),
      this.notifications.unreadCount(user.id, today),
    ]);
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? notificationCursor.encode(last) : null, unreadCount };
  }

  /** Idempotent; a notification that does not reach the caller is unknown to them (404). */
  async markRead(user: AuthenticatedUser, id: string): Promise<void> {
    if (!(await this.notifications.markRead(user.id, vietnamDate(new Date()), id))) throw new NotFound('thông báo', 'Notification', id);
  }

  async markAllRead(user: AuthenticatedUser): Promise<void> {
    await this.notifications.markAllRead(user.id, vietnamDate(new Date()));
  }
}
