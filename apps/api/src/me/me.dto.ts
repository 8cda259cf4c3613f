import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class UpdatePreferencesDto {
  @ApiProperty({ example: false, description: 'receive notifications by email too' })
  @IsBoolean()
  emailNotifications!: boolean;
}
