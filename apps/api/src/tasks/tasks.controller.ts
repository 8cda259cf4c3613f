import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { vietnamDate } from '@congdoan/domain';
import { TasksRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { IdempotencyKey } from '../cases/idempotency-key.decorator';
import { DeadlineCalendar } from '../cases/deadline-calendar.service';
import type { Page } from '../cases/page-cursor';
import { uuidParam } from '../common/uuid-param.pipe';
import { type InboxItemView, InboxService } from './inbox.service';
import { summarizeInbox } from './inbox-summary';
import { InboxSummaryDto, InboxSummaryQueryDto } from './inbox-summary.dto';
import { type ActResponse, TaskActionsService } from './task-actions.service';
import { ActDto, ListTasksQueryDto } from './tasks.dto';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly inbox: InboxService,
    private readonly actions: TaskActionsService,
    private readonly tasks: TasksRepository,
    private readonly calendar: DeadlineCalendar,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Việc cần xử lý / the caller’s inbox: own steps, steps of their roles, stand-ins; overdue first' })
  list(@Query() query: ListTasksQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Page<InboxItemView>> {
    return this.inbox.list(user, query);
  }

  @Get('summary')
  @ApiOperation({ summary: 'Số việc cần xử lý / counts of the caller’s inbox: total, by deadline state today, by procedure' })
  @ApiOkResponse({ type: InboxSummaryDto })
  async summary(@Query() query: InboxSummaryQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<InboxSummaryDto> {
    return summarizeInbox(this.tasks, await this.calendar.load(), user.id, vietnamDate(new Date()), query.procedureCode);
  }

  @Post(':id/actions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thao tác trên một bước / act on a step (approve, reject, return, delegate…); 200 once the workflow accepted it' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried request with the same key is applied once' })
  @ApiResponse({ status: 400, description: 'a field breaks a rule (e.g. reject without comment)' })
  @ApiResponse({ status: 403, description: 'the step is someone else’s' })
  @ApiResponse({ status: 404, description: 'unknown task, or not visible to this user' })
  @ApiResponse({ status: 409, description: 'STEP_CLOSED, STEP_BUSY, CASE_NOT_RUNNING: the state changed' })
  @ApiResponse({ status: 422, description: 'the procedure refused it (action not allowed here, invalid delegate…)' })
  @ApiResponse({ status: 503, description: 'Temporal did not answer; retry with the same key' })
  act(@Param('id', uuidParam('id')) id: string, @Body() body: ActDto, @CurrentUser() user: AuthenticatedUser, @IdempotencyKey() key: string | undefined): Promise<ActResponse> {
    return this.actions.act(id, body, user, key);
  }
}
