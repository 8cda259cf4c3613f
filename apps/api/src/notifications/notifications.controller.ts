import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { NotificationIdPipe } from './notification-id.pipe';
import { ListNotificationsQueryDto, NotificationPageDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo / the caller’s notifications (to them, or to a role they hold today), newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiResponse({ status: 400, description: 'limit out of 1–200, unread not true/false, or a cursor this API did not write' })
  list(@Query() query: ListNotificationsQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<NotificationPageDto> {
    return this.notifications.list(user, query);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu tất cả đã đọc / mark every notification reaching the caller now as read (for the caller only)' })
  @ApiResponse({ status: 204, description: 'marked' })
  markAllRead(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Đánh dấu đã đọc / mark one notification read for the caller (idempotent)' })
  @ApiResponse({ status: 204, description: 'marked (or already was)' })
  @ApiResponse({ status: 400, description: 'id is not a notification id (a positive integer)' })
  @ApiResponse({ status: 404, description: 'unknown, or it does not reach this user' })
  markRead(@Param('id', NotificationIdPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.notifications.markRead(user, id);
  }
}
