import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository } from '@congdoan/persistence';
import { OrgUnitsQueryDto } from './org-units-query.dto';

export interface OrgUnitView {
  id: string;
  name: string;
  code: string;
  level: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly orgUnits: OrgUnitsRepository) {}

  @Get()
  @ApiOperation({ summary: 'Hệ thống tổ chức công đoàn / the union hierarchy in force on a date (default today)' })
  async list(@Query() query: OrgUnitsQueryDto): Promise<{ items: OrgUnitView[] }> {
    const units = await this.orgUnits.listOn(query.at ?? vietnamDate(new Date()));
    return {
      items: units.map((u) => ({ id: u.id, name: u.name, code: u.code, level: u.level, parentId: u.parentId, validFrom: u.validFrom, validTo: u.validTo })),
    };
  }
}
