import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { CLEARANCE_STATUSES, CLEARANCE_STEPS, ClearanceStatus, ClearanceStep } from '../clearance-steps';

export class StartClearanceDto {
  @ApiProperty({ description: 'a family dormitory (眷舍)' }) @IsUUID() dormitoryId: string;
  @ApiProperty({ example: '王大明' }) @IsString() @IsNotEmpty() @MaxLength(200) occupantName: string;
  @ApiProperty({ example: '2026-03-02', description: 'the day the notice was served' }) @IsIsoDate() noticeOn: string;
  @ApiProperty({ example: '高市府秘總字第11530012300號' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  noticeDocumentNumber: string;
  @ApiProperty({ example: '2026-06-30', description: 'the day the occupant must have left' })
  @IsIsoDate()
  deadlineOn: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class RecordClearanceStepDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ enum: CLEARANCE_STEPS, description: 'only the next step of the clearance is accepted' })
  @IsIn(CLEARANCE_STEPS)
  step: ClearanceStep;
  @ApiProperty({ example: '2026-07-15', description: 'the day of the step; not before the step before' })
  @IsIsoDate()
  on: string;
  @ApiPropertyOptional({ description: "the finance bureau's document number, needed for the land return" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  documentNumber?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ClearanceView {
  @ApiProperty() id: string;
  @ApiProperty() dormitoryId: string;
  @ApiProperty() dormitoryCode: string;
  @ApiProperty() dormitoryName: string;
  @ApiProperty() agencyId: string;
  @ApiProperty({ enum: CLEARANCE_STATUSES }) status: ClearanceStatus;
  @ApiProperty({ enum: CLEARANCE_STEPS, nullable: true, description: 'null once the land is returned' })
  nextStep: ClearanceStep | null;
  @ApiProperty() occupantName: string;
  @ApiProperty() noticeOn: string;
  @ApiProperty() noticeDocumentNumber: string;
  @ApiProperty() deadlineOn: string;
  @ApiProperty({ nullable: true, type: String }) handedOverOn: string | null;
  @ApiProperty({ nullable: true, type: String }) demolishedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) landReturnedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) landReturnDocumentNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() version: number;
}

export class ClearancePage {
  @ApiProperty({ type: [ClearanceView] }) items: ClearanceView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
