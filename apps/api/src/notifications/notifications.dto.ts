import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { NotificationKind } from '@congdoan/persistence';
import { PageQueryDto } from '../cases/cases.dto';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = ['task', 'reminder', 'overdue', 'escalation', 'decision', 'outcome'];

/** Query strings are text: only the words true/false become booleans; anything else is left for @IsBoolean to refuse. */
const queryBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only those the caller has not marked read' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unread?: boolean;
}

/** One notification as the caller sees it (documentation of the response; the service returns the same shape). */
export class NotificationDto {
  @ApiProperty({ example: '1042', description: 'a positive integer, as text' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ example: 'Việc mới: Kiểm tra hồ sơ' })
  title!: string;

  @ApiProperty({ example: 'Hồ sơ TL-2026-0001 chờ bạn xử lý, hạn 2026-12-01.' })
  body!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  caseId!: string | null;

  @ApiProperty({ example: 'TL-2026-0001', nullable: true, type: String })
  caseCode!: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'the step it is about, if any' })
  taskId!: string | null;

  @ApiProperty({ example: '2026-11-22T06:08:16.157123Z' })
  createdAt!: string;

  @ApiProperty({ description: 'the caller has marked it read (each holder of a role marks a shared notification for themself)' })
  read!: boolean;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] })
  items!: NotificationDto[];

  @ApiProperty({ nullable: true, type: String, description: 'pass as ?cursor= for the next page; null on the last' })
  nextCursor!: string | null;

  @ApiProperty({ example: 3, description: 'all the caller’s unread notifications, whatever the filter and page' })
  unreadCount!: number;
}
