import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../auth/require-role.decorator';
import { uuidParam } from '../common/uuid-param.pipe';
import { AssignRoleDto, CreateUserDto } from './users.dto';
import { UsersService, type UserView } from './users.service';

@ApiTags('users (admin)')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách người dùng / list users' })
  list(): Promise<{ items: UserView[] }> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Tạo người dùng / create a user' })
  create(@Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(body);
  }

  @Post(':id/roles')
  @ApiOperation({ summary: 'Giao vai trò tại đơn vị / give a user a role in a unit' })
  assignRole(@Param('id', uuidParam('id')) id: string, @Body() body: AssignRoleDto): Promise<{ id: string }> {
    return this.users.assignRole(id, body);
  }
}
