import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SystemCheckResult } from '@congdoan/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequireRole } from '../auth/require-role.decorator';
import { SystemCheckService } from './system-check.service';

@ApiTags('system (admin)')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('system/checks')
export class SystemCheckController {
  constructor(private readonly systemCheck: SystemCheckService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Kiểm tra toàn tuyến / round trip API → Temporal → worker → PostgreSQL' })
  run(@CurrentUser() user: AuthenticatedUser): Promise<SystemCheckResult> {
    return this.systemCheck.run(user.username);
  }
}
