import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../common/pagination/keyset';
import { IsIsoDate } from '../../../common/validation/iso-date';
import { AssignmentView } from '../../assignments/dto/assignment.dto';
import { DormitoryPhotoView } from '../../photos/dto/dormitory-photo.dto';
import { RESIDENCE_CHECK_OUTCOMES, ResidenceCheckOutcome } from '../residence-check-outcome';

export class OpenCampaignDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'a moment in the half-year to open (default now); checks cover assignments running that day',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  at?: string;
  @ApiPropertyOptional({ description: 'admins only: the managing agency; default your own' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class RecordCheckDto {
  @ApiProperty({ description: 'the version you read' }) @IsInt() @Min(1) version: number;
  @ApiProperty({ enum: RESIDENCE_CHECK_OUTCOMES }) @IsIn(RESIDENCE_CHECK_OUTCOMES) outcome: ResidenceCheckOutcome;
  @ApiProperty({ example: '2026-05-12' }) @IsIsoDate() checkedOn: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class CampaignQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ example: '115-H1' })
  @IsOptional()
  @Matches(/^[0-9]{2,3}-H[12]$/, { message: 'code looks like 115-H1' })
  code?: string;
}

export class CampaignView {
  @ApiProperty() id: string;
  @ApiProperty() agencyId: string;
  @ApiProperty({ example: '115-H1' }) code: string;
  @ApiProperty() checkCount: number;
  @ApiProperty() openedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
}

export class CheckView {
  @ApiProperty() id: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() assignmentId: string;
  @ApiProperty({ type: AssignmentView }) assignment?: AssignmentView;
  @ApiProperty({ enum: RESIDENCE_CHECK_OUTCOMES, nullable: true }) outcome: ResidenceCheckOutcome | null;
  @ApiProperty({ nullable: true, type: String }) checkedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: Date }) recordedAt: Date | null;
  @ApiProperty() version: number;
}

export class CheckDetailView extends CheckView {
  @ApiProperty({ type: [DormitoryPhotoView] }) photos: DormitoryPhotoView[];
}

export class CampaignDetailView extends CampaignView {
  @ApiProperty({ type: [CheckDetailView] }) checks: CheckDetailView[];
}

export class CampaignPage {
  @ApiProperty({ type: [CampaignView] }) items: CampaignView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
