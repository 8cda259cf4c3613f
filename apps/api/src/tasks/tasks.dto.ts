import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ACTIONS, type Action, DISCIPLINE_FORMS, type DeadlineState, type DisciplineForm } from '@congdoan/domain';
import { PROCEDURE_CODES, PageQueryDto } from '../cases/cases.dto';

export const DEADLINE_STATES: readonly DeadlineState[] = ['on_time', 'due_soon', 'overdue', 'paused'];

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

export class ListTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PROCEDURE_CODES })
  @IsOptional()
  @IsIn(PROCEDURE_CODES)
  procedureCode?: string;

  @ApiPropertyOptional({ enum: DEADLINE_STATES, description: 'only tasks in this deadline state today (due_soon: within 2 working days)' })
  @IsOptional()
  @IsIn(DEADLINE_STATES)
  state?: DeadlineState;
}

export class ActDataDto {
  @ApiPropertyOptional({ type: [String], example: ['Biên bản đại hội thành lập', 'Danh sách trích ngang'], description: 'return: the missing dossier items' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(trim) : value))
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  missing?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'delegate: who takes the step (must hold its role in its unit)' })
  @IsOptional()
  @IsUUID()
  toUserId?: string;

  @ApiPropertyOptional({ example: 30, description: "extend: days added to the period, in the period's own unit" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  amount?: number;

  @ApiPropertyOptional({ example: '03/QĐ-UBKT', description: 'extend: the decision (QĐ gia hạn) that grants it' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  decisionRef?: string;

  @ApiPropertyOptional({ example: 'het-thoi-hieu', description: 'reject, suspend, terminate: the legal ground (codes in GET /api/procedures → grounds)' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  ground?: string;

  @ApiPropertyOptional({ type: [String], example: ['nhieu-noi-dung-dia-diem'], description: 'extend (tố cáo): the NĐ 31/2019 Art. 3 complexity criteria met' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  criteria?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'assign: the verification team (UBKT members of the unit), its head first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  memberIds?: string[];

  @ApiPropertyOptional({ enum: ['dung', 'sai', 'dung-mot-phan'], description: 'approve of a resolution: the complaint or denunciation is right, wrong, partly right' })
  @IsOptional()
  @IsIn(['dung', 'sai', 'dung-mot-phan'])
  finding?: 'dung' | 'sai' | 'dung-mot-phan';

  @ApiPropertyOptional({ description: 'approve at complaint acceptance: the complaint is complex (45 days instead of 30)' })
  @IsOptional()
  @IsBoolean()
  complex?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 3650, description: 'approve at complaint acceptance: days lost to objective obstacles, not counted in the 90' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  obstacleDays?: number;

  @ApiPropertyOptional({ description: 'approve of a complaint verification: findings differ from the claim (dialogue minutes must be on file)' })
  @IsOptional()
  @IsBoolean()
  findingsDiffer?: boolean;

  @ApiPropertyOptional({ example: 'Thanh tra tỉnh Gia Lai', description: 'forward: the competent body' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => trim(value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  forwardTo?: string;

  @ApiPropertyOptional({ description: 'withdraw of a denunciation: signs that the denouncer was threatened or forced (the resolution goes on)' })
  @IsOptional()
  @IsBoolean()
  coercionSuspected?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'sign, for someone else (TUQ.): the stand-in (giấy ủy quyền) from the assigned signer the signature rests on; without it, the caller’s stand-ins from the signer are looked up. The API decides TM./KT./TUQ. itself.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsUUID()
  delegationRef?: string;

  @ApiPropertyOptional({ description: 'the conclusion: recommended measures' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  measures?: string;

  @ApiPropertyOptional({ example: 'Niêm yết tại trụ sở', description: 'publication: how the conclusion was made public' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  method?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'vote: the collective decision (body BCH|BTV|UBKT|HD-TDKT|HOI-NGHI, heldOn YYYY-MM-DD, members, present, ballot secret|show-of-hands, ' +
      'votes[{option, for, against?, abstain?}], minutesAttachmentId?). A discipline ballot lists one option per form (its code); a council one per nominee.',
    example: {
      body: 'BTV',
      heldOn: '2026-11-20',
      members: 9,
      present: 9,
      ballot: 'secret',
      votes: [
        { option: 'khai-tru', for: 4 },
        { option: 'canh-cao', for: 3 },
        { option: 'khien-trach', for: 2 },
      ],
    },
  })
  @IsOptional()
  @IsObject()
  meeting?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: DISCIPLINE_FORMS, description: "approve at the upper union's discipline decision: the form decided" })
  @IsOptional()
  @IsIn(DISCIPLINE_FORMS)
  form?: DisciplineForm;
}

export class ActDto {
  @ApiProperty({ enum: ACTIONS, example: 'approve' })
  @IsIn(ACTIONS)
  action!: Action;

  @ApiPropertyOptional({ maxLength: 2000, description: 'required for reject: the reason' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => trim(value))
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ type: ActDataDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ActDataDto)
  data?: ActDataDto;
}
