import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrgUnitsQueryDto } from './org-units-query.dto';
import { OrgUnitsService, type OrgUnitView } from './org-units.service';

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly orgUnits: OrgUnitsService) {}

  @Get()
  @ApiOperation({ summary: 'Hệ thống tổ chức công đoàn / the union hierarchy in force on a date (default today)' })
  list(@Query() query: OrgUnitsQueryDto): Promise<{ items: OrgUnitView[] }> {
    return this.orgUnits.listOn(query.at);
  }
}
