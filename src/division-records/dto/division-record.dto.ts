import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQuery } from '../../common/pagination/keyset';
import { IsIsoDate } from '../../common/validation/iso-date';
import { UploadAttachmentDto } from '../../maintenance/attachments/dto/attachment.dto';
import { DIVISION_RECORD_KINDS, DivisionRecordKind } from '../division-record-kinds';

export class CreateDivisionRecordDto {
  @ApiProperty({ enum: DIVISION_RECORD_KINDS }) @IsIn(DIVISION_RECORD_KINDS) kind: DivisionRecordKind;
  @ApiProperty({ example: '2023-06-15', description: 'Taipei date it was held' }) @IsIsoDate() heldOn: string;
  @ApiProperty({ description: 'the administration center (a site of /locations)' }) @IsUUID() siteId: string;
  @ApiPropertyOptional({ example: 84, description: 'people attending; required for a civil-defence training' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  attendance?: number;
  @ApiPropertyOptional({ example: '特優' }) @IsOptional() @IsString() @MaxLength(200) result?: string;
  @ApiPropertyOptional({
    type: UploadAttachmentDto,
    description: 'the result file (scan of the evaluation, sign-in sheet)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => UploadAttachmentDto)
  resultFile?: UploadAttachmentDto;
}

export class DivisionRecordQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DIVISION_RECORD_KINDS })
  @IsOptional()
  @IsIn(DIVISION_RECORD_KINDS)
  kind?: DivisionRecordKind;
  @ApiPropertyOptional() @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional({ example: '2023-01-01' }) @IsOptional() @IsIsoDate() from?: string;
  @ApiPropertyOptional({ example: '2023-12-31', description: 'last day, included' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class DivisionRecordView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: DIVISION_RECORD_KINDS }) kind: DivisionRecordKind;
  @ApiProperty({ example: '環境清潔及綠美化績效考評' }) kindLabel: string;
  @ApiProperty({ example: '2023-06-15' }) heldOn: string;
  @ApiProperty() siteId: string;
  @ApiProperty({ nullable: true, type: Number }) attendance: number | null;
  @ApiProperty({ nullable: true, type: String }) result: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'name of the result file, if one was kept' })
  resultFileName: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class DivisionRecordPage {
  @ApiProperty({ type: [DivisionRecordView] }) items: DivisionRecordView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
