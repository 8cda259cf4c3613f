import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProceduresService, type ProcedureView } from './procedures.service';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('procedures')
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Get()
  @ApiOperation({ summary: 'Danh mục thủ tục / the procedure catalog: steps, who acts, default periods' })
  list(): ProcedureView[] {
    return this.procedures.list();
  }
}
