import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { DormitoryPhotoView } from '../../photos/dto/dormitory-photo.dto';
import { LAWSUIT_STAGES, LAWSUIT_STATUSES, LawsuitStage, LawsuitStatus } from '../lawsuit-kinds';

export class CreateLawsuitDto {
  @ApiProperty({ description: 'a family dormitory (眷舍)' }) @IsUUID() dormitoryId: string;
  @ApiProperty({ example: '115年度訴字第123號' }) @IsString() @IsNotEmpty() @MaxLength(100) caseNumber: string;
  @ApiProperty({ example: '臺灣高雄地方法院' }) @IsString() @IsNotEmpty() @MaxLength(100) court: string;
  @ApiProperty({ example: '陳小華' }) @IsString() @IsNotEmpty() @MaxLength(200) defendantName: string;
  @ApiPropertyOptional({ enum: LAWSUIT_STAGES, default: 'first_instance' })
  @IsOptional()
  @IsIn(LAWSUIT_STAGES)
  stage?: LawsuitStage;
  @ApiProperty({ example: '2026-02-10' }) @IsIsoDate() filedOn: string;
}

export class UpdateLawsuitDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiPropertyOptional({ enum: LAWSUIT_STAGES }) @IsOptional() @IsIn(LAWSUIT_STAGES) stage?: LawsuitStage;
  @ApiPropertyOptional({ example: '判決原告勝訴，被告應遷讓返還房屋' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  outcome?: string;
  @ApiPropertyOptional({ example: '2026-10-30', description: 'closes the lawsuit; needs the outcome' })
  @IsOptional()
  @IsIsoDate()
  closedOn?: string;
}

export class AddHearingDto {
  @ApiProperty({ example: '2026-04-15' }) @IsIsoDate() heldOn: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class HearingView {
  @ApiProperty() id: string;
  @ApiProperty() heldOn: string;
  @ApiProperty({ enum: LAWSUIT_STAGES }) stage: LawsuitStage;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
}

export class LawsuitView {
  @ApiProperty() id: string;
  @ApiProperty() dormitoryId: string;
  @ApiProperty() dormitoryCode: string;
  @ApiProperty() dormitoryName: string;
  @ApiProperty() agencyId: string;
  @ApiProperty() caseNumber: string;
  @ApiProperty() court: string;
  @ApiProperty() defendantName: string;
  @ApiProperty({ enum: LAWSUIT_STAGES }) stage: LawsuitStage;
  @ApiProperty({ enum: LAWSUIT_STATUSES }) status: LawsuitStatus;
  @ApiProperty() filedOn: string;
  @ApiProperty({ nullable: true, type: String }) outcome: string | null;
  @ApiProperty({ nullable: true, type: String }) closedOn: string | null;
  @ApiProperty() version: number;
}

/** A lawsuit with its hearings (oldest first) and its documents; files are at `/dormitory-lawsuit-documents/{id}`. */
export class LawsuitDetailView extends LawsuitView {
  @ApiProperty({ type: [HearingView] }) hearings: HearingView[];
  @ApiProperty({ type: [DormitoryPhotoView] }) documents: DormitoryPhotoView[];
}

export class LawsuitPage {
  @ApiProperty({ type: [LawsuitView] }) items: LawsuitView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
