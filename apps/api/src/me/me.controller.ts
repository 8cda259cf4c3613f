import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UpdatePreferencesDto } from './me.dto';
import { MeService, type MeView } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @ApiOperation({ summary: 'Người dùng hiện tại / the current user, their units and roles' })
  get(@CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return this.me.describe(user.id);
  }

  @Patch('preferences')
  @ApiOperation({ summary: 'Tùy chọn cá nhân / turn email notifications on or off (in-app notifications stay)' })
  setPreferences(@Body() body: UpdatePreferencesDto, @CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return this.me.setPreferences(user.id, body);
  }
}
