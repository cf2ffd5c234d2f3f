import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsIsoDate } from '../../../common/validation/iso-date';

export class CreateAssignmentDto {
  @ApiProperty() @IsUUID() unitId: string;
  @ApiPropertyOptional({
    description: 'the occupant when they have an account; their name and agency are taken from it',
  })
  @IsOptional()
  @IsUUID()
  occupantUserId?: string;
  @ApiPropertyOptional({ example: '陳美玲', description: 'the occupant without an account (with occupantAgencyId)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  occupantName?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() occupantAgencyId?: string;
  @ApiProperty({ example: '2026-12-01', description: 'move-in day' }) @IsIsoDate() startsOn: string;
  @ApiPropertyOptional({ example: '2028-11-30', description: 'the day by which they must move out' })
  @IsOptional()
  @IsIsoDate()
  moveOutDueOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class MoveOutDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ example: '2027-06-30', description: 'move-out day; the unit is free from this day' })
  @IsIsoDate()
  endsOn: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class MoveOutDeadlineDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiProperty({
    example: '2027-06-30',
    nullable: true,
    type: String,
    description: 'the day by which the occupant must move out; null clears it',
  })
  @ValidateIf((input: MoveOutDeadlineDto) => input.moveOutDueOn !== null)
  @IsIsoDate()
  moveOutDueOn: string | null;
}

export class AssignmentQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() dormitoryId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() occupantAgencyId?: string;
  @ApiPropertyOptional({ example: '2026-11-22', description: 'only assignments running on this day' })
  @IsOptional()
  @IsIsoDate()
  activeOn?: string;
  @ApiPropertyOptional({
    example: '2026-11-22',
    description: 'only occupants still living there after their move-out deadline, as of this day',
  })
  @IsOptional()
  @IsIsoDate()
  overdueOn?: string;
}

export class AssignmentView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ nullable: true, type: String }) occupantUserId: string | null;
  @ApiProperty() occupantName: string;
  @ApiProperty() occupantAgencyId: string;
  @ApiProperty() startsOn: string;
  @ApiProperty({ nullable: true, type: String }) endsOn: string | null;
  @ApiProperty({ nullable: true, type: String }) moveOutDueOn: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class AssignmentPage {
  @ApiProperty({ type: [AssignmentView] }) items: AssignmentView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
