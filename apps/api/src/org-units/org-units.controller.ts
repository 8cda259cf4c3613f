import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { uuidParam } from '../common/uuid-param.pipe';
import { CommitteeQueryDto, CommitteeRoster, type CommitteeView } from '../committees/committee-roster';
import { OrgUnitPeople, OrgUnitPeopleQueryDto, type OrgUnitPersonView } from './org-unit-people';
import { OrgUnitsQueryDto } from './org-units-query.dto';
import { OrgUnitsService, type OrgUnitView } from './org-units.service';

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  private readonly people: OrgUnitPeople;

  constructor(
    private readonly orgUnits: OrgUnitsService,
    db: DataSource,
    orgUnitRows: OrgUnitsRepository,
    private readonly committees: CommitteeRoster,
  ) {
    this.people = new OrgUnitPeople(db, orgUnitRows);
  }

  @Get()
  @ApiOperation({ summary: 'Hệ thống tổ chức công đoàn / the union hierarchy in force on a date (default today)' })
  list(@Query() query: OrgUnitsQueryDto): Promise<{ items: OrgUnitView[] }> {
    return this.orgUnits.listOn(query.at);
  }

  @Get(':id/committee')
  @ApiOperation({ summary: 'Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra đương nhiệm / the committee in force on a date (default today)' })
  @ApiResponse({ status: 404, description: 'unknown unit, or one the caller holds no role in or above' })
  committee(@Param('id', uuidParam('id')) id: string, @Query() query: CommitteeQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<CommitteeView> {
    return this.committees.inForce(id, user.id, query.on);
  }

  @Get(':id/people')
  @ApiOperation({ summary: 'Cán bộ của đơn vị / the active users holding a role in the unit today (to choose a delegate)' })
  @ApiResponse({ status: 404, description: 'unknown unit, or one the caller holds no role in or above' })
  listPeople(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: OrgUnitPeopleQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ items: OrgUnitPersonView[] }> {
    return this.people.list(id, user.id, vietnamDate(new Date()), query.role);
  }
}
