import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { DormitoryPhotoView } from '../../photos/dto/dormitory-photo.dto';
import { FINDING_SEVERITIES, FindingSeverity } from '../finding-severity';
import { REPAIR_PRIORITIES, RepairPriority } from '../repair-priority';

export class RepairDto {
  @ApiProperty({ example: 'plumbing_electrical', description: 'maintenance trade code' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  tradeCode: string;
  @ApiPropertyOptional({ enum: REPAIR_PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(REPAIR_PRIORITIES)
  priority?: RepairPriority;
  @ApiPropertyOptional({ description: 'ticket title; default from the finding' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;
}

export class FindingDto {
  @ApiProperty({ example: '浴室熱水器' }) @IsString() @IsNotEmpty() @MaxLength(200) item: string;
  @ApiProperty({ enum: FINDING_SEVERITIES }) @IsIn(FINDING_SEVERITIES) severity: FindingSeverity;
  @ApiPropertyOptional({ description: 'reference of an uploaded photo' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  photoRef?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class AddFindingDto extends FindingDto {
  @ApiPropertyOptional({ type: RepairDto, description: 'open a maintenance ticket for it in the same step' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepairDto)
  repair?: RepairDto;
}

export class CreatePatrolDto {
  @ApiProperty() @IsUUID() dormitoryId: string;
  @ApiProperty({ format: 'date-time' }) @IsDateString({ strict: true }) patrolledAt: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @ApiPropertyOptional({ type: [FindingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FindingDto)
  findings?: FindingDto[];
}

export class PatrolQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() dormitoryId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'exclusive' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

export class PatrolFindingView {
  @ApiProperty() id: string;
  @ApiProperty() patrolId: string;
  @ApiProperty() item: string;
  @ApiProperty({ enum: FINDING_SEVERITIES }) severity: FindingSeverity;
  @ApiProperty({ nullable: true, type: String }) photoRef: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the maintenance ticket opened for it' }) repairTicketId:
    string | null;
  @ApiProperty({ nullable: true, type: Date }) repairRequestedAt: Date | null;
}

export class PatrolView {
  @ApiProperty() id: string;
  @ApiProperty() dormitoryId: string;
  @ApiProperty() patrolledAt: Date;
  @ApiProperty() inspectorUserId: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class PatrolFindingDetailView extends PatrolFindingView {
  @ApiProperty({ type: [DormitoryPhotoView] }) photos: DormitoryPhotoView[];
}

export class PatrolDetailView extends PatrolView {
  @ApiProperty({ type: [PatrolFindingDetailView] }) findings: PatrolFindingDetailView[];
}

export class PatrolPage {
  @ApiProperty({ type: [PatrolView] }) items: PatrolView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
