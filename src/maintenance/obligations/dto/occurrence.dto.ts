import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsIsoDate } from '../../../common/validation/iso-date';
import {
  INSPECTION_RESULTS,
  InspectionResult,
  OBLIGATION_KINDS,
  OCCURRENCE_STATUSES,
  ObligationKind,
  OccurrenceStatus,
} from '../obligation-kinds';

export class CompleteOccurrenceDto {
  @ApiProperty({ description: 'the version you read; a stale one is a 409' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ example: '2024-06-20', description: 'the day the work was done (YYYY-MM-DD), not in the future' })
  @IsIsoDate()
  completedOn: string;
  @ApiPropertyOptional({
    description: 'the certificate or report uploaded to this occurrence; completing without one is a 422',
  })
  @IsOptional()
  @IsUUID()
  certificateAttachmentId?: string;
  @ApiProperty({ enum: INSPECTION_RESULTS }) @IsIn(INSPECTION_RESULTS) result: InspectionResult;
  @ApiPropertyOptional({
    type: [String],
    example: ['B1 緊急照明燈不亮'],
    description: 'required when failed: one corrective ticket is opened per item',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  failedItems?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(2000) note?: string;
}

export class OccurrenceQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'due on or after (YYYY-MM-DD)' }) @IsOptional() @IsIsoDate() dueFrom?: string;
  @ApiPropertyOptional({ description: 'due on or before (YYYY-MM-DD)' }) @IsOptional() @IsIsoDate() dueTo?: string;
  @ApiPropertyOptional({ enum: OCCURRENCE_STATUSES, description: '`overdue` lists what is late' })
  @IsOptional()
  @IsIn(OCCURRENCE_STATUSES)
  status?: OccurrenceStatus;
  @ApiPropertyOptional({ description: 'a center' }) @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() buildingId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() obligationId?: string;
  @ApiPropertyOptional({ enum: OBLIGATION_KINDS }) @IsOptional() @IsIn(OBLIGATION_KINDS) kind?: ObligationKind;
}

export class ObligationFindingView {
  @ApiProperty() id: string;
  @ApiProperty() item: string;
  @ApiProperty({ description: 'the corrective ticket' }) ticketId: string;
}

export class OccurrenceView {
  @ApiProperty() id: string;
  @ApiProperty() obligationId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind: ObligationKind;
  @ApiProperty() siteId: string;
  @ApiProperty({ example: '2024-06-30' }) dueDate: string;
  @ApiProperty({ enum: OCCURRENCE_STATUSES }) status: OccurrenceStatus;
  @ApiProperty({ example: '逾期' }) statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'the work order' }) ticketId: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) workOrderOpenedAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String }) completedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) certificateAttachmentId: string | null;
  @ApiPropertyOptional({ nullable: true, enum: INSPECTION_RESULTS }) result: InspectionResult | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty() version: number;
}

export class OccurrencePage {
  @ApiProperty({ type: [OccurrenceView] }) items: OccurrenceView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class CompletedOccurrenceView extends OccurrenceView {
  @ApiProperty({ type: [ObligationFindingView] }) findings: ObligationFindingView[];
  @ApiProperty({ type: OccurrenceView, description: 'the occurrence created for the next due date' })
  next: OccurrenceView;
}
