import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { uuidParam } from '../common/uuid-param.pipe';
import { CaseIntakeService } from './case-intake.service';
import { CaseQueriesService } from './case-queries.service';
import type { CaseSummaryView, CaseView } from './case-view';
import { CreateCaseDto, ListCasesQueryDto } from './cases.dto';
import { IdempotencyKey } from './idempotency-key.decorator';
import type { Page } from './page-cursor';
import type { IdentityReadRow } from '@congdoan/persistence';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly intake: CaseIntakeService,
    private readonly queries: CaseQueriesService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Tiếp nhận hồ sơ / open a case and start its procedure (the first step’s role in the unit)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key and body give the same case, once' })
  @ApiResponse({ status: 201, description: 'the case' })
  @ApiResponse({ status: 400, description: 'a field breaks a rule (named in details)' })
  @ApiResponse({ status: 403, description: 'the user does not hold the first step’s role in the unit' })
  @ApiResponse({ status: 404, description: 'unknown org unit' })
  @ApiResponse({ status: 409, description: 'IDEMPOTENCY_KEY_REUSED: the key was used with another body' })
  @ApiResponse({ status: 503, description: 'recorded, but Temporal did not answer: retry with the same key' })
  open(@Body() body: CreateCaseDto, @CurrentUser() user: AuthenticatedUser, @IdempotencyKey() key: string | undefined): Promise<CaseView> {
    return this.intake.open(body, user, key);
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách hồ sơ / cases of the user’s units and the units below, newest first (keyset pages)' })
  list(@Query() query: ListCasesQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Page<CaseSummaryView>> {
    return this.queries.list(user, query);
  }

  @Get(':id/identity-reads')
  @ApiOperation({ summary: 'Nhật ký xem danh tính người tố cáo / who read a denouncer’s identity, when (for those who may read it)' })
  @ApiResponse({ status: 403, description: 'the user may not read the identity' })
  @ApiResponse({ status: 404, description: 'unknown, or not visible to this user' })
  identityReads(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: AuthenticatedUser): Promise<{ items: IdentityReadRow[] }> {
    return this.queries.identityReads(id, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết hồ sơ / the case: steps, legal clock, timeline, documents' })
  @ApiResponse({ status: 404, description: 'unknown, or not visible to this user' })
  get(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: AuthenticatedUser): Promise<CaseView> {
    return this.queries.get(id, user);
  }
}
