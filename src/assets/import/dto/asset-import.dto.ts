import { ApiProperty, OmitType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ImportFileDto, ImportReportView } from '../../../historical-import/dto/import.dto';

export class AssetImportFileDto extends ImportFileDto {
  @ApiProperty({ description: 'the agency whose register the file is: every line is in its custody' })
  @IsUUID()
  custodianAgencyId: string;
}

export class AssetImportReportView extends OmitType(ImportReportView, ['kind'] as const) {}
