import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import type { Page } from '../cases/page-cursor';
import { uuidParam } from '../common/uuid-param.pipe';
import { CreateStandInDto, ListStandInsQueryDto } from './stand-ins.dto';
import { StandInsService, type StandInView } from './stand-ins.service';

@ApiTags('stand-ins')
@ApiBearerAuth()
@Controller('stand-ins')
export class StandInsController {
  constructor(private readonly standIns: StandInsService) {}

  @Post()
  @ApiOperation({ summary: 'Ủy quyền / give a stand-in the principal’s steps in a unit for a period (NĐ 30/2020 Art. 13)' })
  @ApiResponse({ status: 201, description: 'the stand-in (an identical one already on file is returned as it is)' })
  @ApiResponse({ status: 400, description: 'a field breaks a rule (named in details): dates, period ≤ 366 days, not ended, principal ≠ substitute' })
  @ApiResponse({ status: 403, description: 'neither the principal nor an administrator' })
  @ApiResponse({ status: 404, description: 'unknown user or org unit' })
  @ApiResponse({ status: 409, description: 'STAND_IN_OVERLAP: the principal already has a stand-in in the unit for part of the period' })
  @ApiResponse({ status: 422, description: 'SUB_DELEGATION, SUBSTITUTE_AWAY, PRINCIPAL_NOT_IN_UNIT or SUBSTITUTE_NOT_IN_UNIT' })
  create(@Body() body: CreateStandInDto, @CurrentUser() user: AuthenticatedUser): Promise<StandInView> {
    return this.standIns.create(body, user);
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách ủy quyền / stand-ins the caller gives or receives (administrators: all), newest first' })
  list(@Query() query: ListStandInsQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Page<StandInView>> {
    return this.standIns.list(user, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Kết thúc ủy quyền / end a stand-in early: it stops yesterday, or is removed if not yet begun' })
  @ApiResponse({ status: 204, description: 'ended' })
  @ApiResponse({ status: 403, description: 'the substitute: only the principal or an administrator may end it' })
  @ApiResponse({ status: 404, description: 'unknown, or not visible to this user' })
  @ApiResponse({ status: 409, description: 'STAND_IN_ENDED: it is already over' })
  end(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.standIns.end(id, user);
  }
}
